/**
 * Sorts strings by UTF-16 code unit, as `<` does: stable across machines and locales, and cheap where
 * `localeCompare` is not (its first call in a process loads ICU's collator, ~10-20 ms of a one-shot
 * exec). For keys and ISO timestamps, not for text a person reads in order.
 */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

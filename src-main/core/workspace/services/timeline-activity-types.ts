import { createHash } from 'node:crypto';

/** A UUID (v4-shaped) that is stable for a name: ids of metadata the local workspace invents. */
export function stableUuid(namespace: string, key: string): string {
  const hex = createHash('sha1').update(`${namespace}:${key}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The server's TimelineActivityType as `/metadata` answers it, for one `defineTimelineActivityType` entity. */
export interface TimelineActivityTypeInfo {
  id: string;
  universalIdentifier: string;
  name: string;
  label: string;
  emit: { on: string; objectUniversalIdentifier: string | null; through: Record<string, unknown> | null } | null;
  action: string | null;
  icon: string | null;
  frontComponentUniversalIdentifier: string | null;
  objectUniversalIdentifier: string | null;
  replacesTimelineActivityTypeUniversalIdentifier: string | null;
  isActive: boolean;
  applicationId: string | null;
  createdAt: string;
  updatedAt: string;
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const INSTALLED_AT = new Date(0).toISOString();

/** The app's timeline activity types (manifest section `timelineActivityTypes`), all active. */
export function timelineActivityTypesOf(entries: unknown[] | undefined, applicationId: string | null): TimelineActivityTypeInfo[] {
  return (entries ?? []).flatMap((raw) => {
    if (!raw || typeof raw !== 'object') return [];
    const entry = raw as Record<string, unknown>;
    const universalIdentifier = str(entry.universalIdentifier);
    if (!universalIdentifier) return [];
    const emitRaw = entry.emit && typeof entry.emit === 'object' ? (entry.emit as Record<string, unknown>) : null;
    const emit = emitRaw && str(emitRaw.on)
      ? { on: str(emitRaw.on)!, objectUniversalIdentifier: str(emitRaw.objectUniversalIdentifier), through: emitRaw.through && typeof emitRaw.through === 'object' ? (emitRaw.through as Record<string, unknown>) : null }
      : null;
    return [{
      id: stableUuid('timelineActivityType', universalIdentifier),
      universalIdentifier,
      name: str(entry.name) ?? universalIdentifier,
      label: str(entry.label) ?? str(entry.name) ?? universalIdentifier,
      emit,
      action: emit?.on ?? null,
      icon: str(entry.icon),
      frontComponentUniversalIdentifier: str(entry.frontComponentUniversalIdentifier),
      objectUniversalIdentifier: emit?.objectUniversalIdentifier ?? null,
      replacesTimelineActivityTypeUniversalIdentifier: str(entry.replacesTimelineActivityTypeUniversalIdentifier),
      isActive: true,
      applicationId,
      createdAt: INSTALLED_AT,
      updatedAt: INSTALLED_AT,
    }];
  });
}

/** What the server stores in `timelineActivityTypeSnapshot` when an activity of this type is created. */
export function timelineActivityTypeSnapshot(type: TimelineActivityTypeInfo) {
  return {
    id: type.id,
    universalIdentifier: type.universalIdentifier,
    name: type.name,
    label: type.label,
    action: type.action,
    icon: type.icon,
    objectUniversalIdentifier: type.objectUniversalIdentifier,
    frontComponentUniversalIdentifier: type.frontComponentUniversalIdentifier,
  };
}

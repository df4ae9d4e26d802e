/** Twenty's GraphQL names for an object: `company` -> `Company`, `createCompany`, `createCompanies`. */
export const pascal = (name: string): string => `${name[0].toUpperCase()}${name.slice(1)}`;

export interface ObjectGraphqlNames {
  type: string;
  edge: string;
  connection: string;
  filter: string;
  orderBy: string;
  createInput: string;
  updateInput: string;
  relationInput: string;
  connectInput: string;
  whereUniqueInput: string;
  findMany: string;
  findOne: string;
  createOne: string;
  createMany: string;
  updateOne: string;
  updateMany: string;
  deleteOne: string;
  deleteMany: string;
  destroyOne: string;
  destroyMany: string;
  restoreOne: string;
  restoreMany: string;
  /** `companyDuplicates(ids, data)`: the server's findDuplicates. */
  findDuplicates: string;
}

export function objectGraphqlNames(object: { nameSingular: string; namePlural: string }): ObjectGraphqlNames {
  const type = pascal(object.nameSingular);
  const plural = pascal(object.namePlural);
  return {
    type, edge: `${type}Edge`, connection: `${type}Connection`, filter: `${type}FilterInput`, orderBy: `${type}OrderByInput`,
    createInput: `${type}CreateInput`, updateInput: `${type}UpdateInput`, relationInput: `${type}RelationInput`,
    connectInput: `${type}ConnectInput`, whereUniqueInput: `${type}WhereUniqueInput`,
    findMany: object.namePlural, findOne: object.nameSingular,
    createOne: `create${type}`, createMany: `create${plural}`, updateOne: `update${type}`, updateMany: `update${plural}`,
    deleteOne: `delete${type}`, deleteMany: `delete${plural}`, destroyOne: `destroy${type}`, destroyMany: `destroy${plural}`,
    restoreOne: `restore${type}`, restoreMany: `restore${plural}`,
    findDuplicates: `${object.nameSingular}Duplicates`,
  };
}

export const isGraphqlName = (name: string): boolean => /^[_A-Za-z][_0-9A-Za-z]*$/.test(name);

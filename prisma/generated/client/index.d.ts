
/**
 * Client
**/

import * as runtime from './runtime/client.js';
import $Types = runtime.Types // general types
import $Public = runtime.Types.Public
import $Utils = runtime.Types.Utils
import $Extensions = runtime.Types.Extensions
import $Result = runtime.Types.Result

export type PrismaPromise<T> = $Public.PrismaPromise<T>


/**
 * Model Account
 * A namespace: a user (kind "user") or an organisation (kind "org"). Users and orgs share one
 * name space so `owner/name` is unambiguous.
 */
export type Account = $Result.DefaultSelection<Prisma.$AccountPayload>
/**
 * Model Membership
 * A user's role in an organisation: owner | admin | write | read.
 */
export type Membership = $Result.DefaultSelection<Prisma.$MembershipPayload>
/**
 * Model Token
 * An access token. Only its sha256 is stored; the token itself is shown once at creation.
 */
export type Token = $Result.DefaultSelection<Prisma.$TokenPayload>
/**
 * Model Repo
 * A repository `owner/name`. The search columns mirror the head of its default branch so
 * search is one indexed query.
 */
export type Repo = $Result.DefaultSelection<Prisma.$RepoPayload>
/**
 * Model Revision
 * An immutable commit. `id` is the sha256 of its canonical content (repo, parent, files, message).
 */
export type Revision = $Result.DefaultSelection<Prisma.$RevisionPayload>
/**
 * Model RevisionFile
 * One file of a revision: a path pointing at a content-addressed blob.
 */
export type RevisionFile = $Result.DefaultSelection<Prisma.$RevisionFilePayload>
/**
 * Model Ref
 * A named pointer (branch or tag) at a revision.
 */
export type Ref = $Result.DefaultSelection<Prisma.$RefPayload>
/**
 * Model Blob
 * A blob known to be in the store, verified. `touchedAt` moves whenever a push announces or
 * commits it, so GC's grace period protects blobs that a push in progress relies on.
 */
export type Blob = $Result.DefaultSelection<Prisma.$BlobPayload>
/**
 * Model Upload
 * An upload in progress: written before streaming starts and removed when it ends, so an
 * upload killed halfway leaves a row that GC uses to clean the temporary object.
 */
export type Upload = $Result.DefaultSelection<Prisma.$UploadPayload>

/**
 * ##  Prisma Client ʲˢ
 *
 * Type-safe database client for TypeScript & Node.js
 * @example
 * ```
 * const prisma = new PrismaClient()
 * // Fetch zero or more Accounts
 * const accounts = await prisma.account.findMany()
 * ```
 *
 *
 * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client).
 */
export class PrismaClient<
  ClientOptions extends Prisma.PrismaClientOptions = Prisma.PrismaClientOptions,
  const U = 'log' extends keyof ClientOptions ? ClientOptions['log'] extends Array<Prisma.LogLevel | Prisma.LogDefinition> ? Prisma.GetEvents<ClientOptions['log']> : never : never,
  ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs
> {
  [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['other'] }

    /**
   * ##  Prisma Client ʲˢ
   *
   * Type-safe database client for TypeScript & Node.js
   * @example
   * ```
   * const prisma = new PrismaClient()
   * // Fetch zero or more Accounts
   * const accounts = await prisma.account.findMany()
   * ```
   *
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client).
   */

  constructor(optionsArg ?: Prisma.Subset<ClientOptions, Prisma.PrismaClientOptions>);
  $on<V extends U>(eventType: V, callback: (event: V extends 'query' ? Prisma.QueryEvent : Prisma.LogEvent) => void): PrismaClient;

  /**
   * Connect with the database
   */
  $connect(): $Utils.JsPromise<void>;

  /**
   * Disconnect from the database
   */
  $disconnect(): $Utils.JsPromise<void>;

/**
   * Executes a prepared raw query and returns the number of affected rows.
   * @example
   * ```
   * const result = await prisma.$executeRaw`UPDATE User SET cool = ${true} WHERE email = ${'user@email.com'};`
   * ```
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/raw-database-access).
   */
  $executeRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: any[]): Prisma.PrismaPromise<number>;

  /**
   * Executes a raw query and returns the number of affected rows.
   * Susceptible to SQL injections, see documentation.
   * @example
   * ```
   * const result = await prisma.$executeRawUnsafe('UPDATE User SET cool = $1 WHERE email = $2 ;', true, 'user@email.com')
   * ```
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/raw-database-access).
   */
  $executeRawUnsafe<T = unknown>(query: string, ...values: any[]): Prisma.PrismaPromise<number>;

  /**
   * Performs a prepared raw query and returns the `SELECT` data.
   * @example
   * ```
   * const result = await prisma.$queryRaw`SELECT * FROM User WHERE id = ${1} OR email = ${'user@email.com'};`
   * ```
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/raw-database-access).
   */
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: any[]): Prisma.PrismaPromise<T>;

  /**
   * Performs a raw query and returns the `SELECT` data.
   * Susceptible to SQL injections, see documentation.
   * @example
   * ```
   * const result = await prisma.$queryRawUnsafe('SELECT * FROM User WHERE id = $1 OR email = $2;', 1, 'user@email.com')
   * ```
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/raw-database-access).
   */
  $queryRawUnsafe<T = unknown>(query: string, ...values: any[]): Prisma.PrismaPromise<T>;


  /**
   * Allows the running of a sequence of read/write operations that are guaranteed to either succeed or fail as a whole.
   * @example
   * ```
   * const [george, bob, alice] = await prisma.$transaction([
   *   prisma.user.create({ data: { name: 'George' } }),
   *   prisma.user.create({ data: { name: 'Bob' } }),
   *   prisma.user.create({ data: { name: 'Alice' } }),
   * ])
   * ```
   * 
   * Read more in our [docs](https://www.prisma.io/docs/concepts/components/prisma-client/transactions).
   */
  $transaction<P extends Prisma.PrismaPromise<any>[]>(arg: [...P], options?: { isolationLevel?: Prisma.TransactionIsolationLevel }): $Utils.JsPromise<runtime.Types.Utils.UnwrapTuple<P>>

  $transaction<R>(fn: (prisma: Omit<PrismaClient, runtime.ITXClientDenyList>) => $Utils.JsPromise<R>, options?: { maxWait?: number, timeout?: number, isolationLevel?: Prisma.TransactionIsolationLevel }): $Utils.JsPromise<R>


  $extends: $Extensions.ExtendsHook<"extends", Prisma.TypeMapCb<ClientOptions>, ExtArgs, $Utils.Call<Prisma.TypeMapCb<ClientOptions>, {
    extArgs: ExtArgs
  }>>

      /**
   * `prisma.account`: Exposes CRUD operations for the **Account** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more Accounts
    * const accounts = await prisma.account.findMany()
    * ```
    */
  get account(): Prisma.AccountDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.membership`: Exposes CRUD operations for the **Membership** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more Memberships
    * const memberships = await prisma.membership.findMany()
    * ```
    */
  get membership(): Prisma.MembershipDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.token`: Exposes CRUD operations for the **Token** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more Tokens
    * const tokens = await prisma.token.findMany()
    * ```
    */
  get token(): Prisma.TokenDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.repo`: Exposes CRUD operations for the **Repo** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more Repos
    * const repos = await prisma.repo.findMany()
    * ```
    */
  get repo(): Prisma.RepoDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.revision`: Exposes CRUD operations for the **Revision** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more Revisions
    * const revisions = await prisma.revision.findMany()
    * ```
    */
  get revision(): Prisma.RevisionDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.revisionFile`: Exposes CRUD operations for the **RevisionFile** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more RevisionFiles
    * const revisionFiles = await prisma.revisionFile.findMany()
    * ```
    */
  get revisionFile(): Prisma.RevisionFileDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.ref`: Exposes CRUD operations for the **Ref** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more Refs
    * const refs = await prisma.ref.findMany()
    * ```
    */
  get ref(): Prisma.RefDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.blob`: Exposes CRUD operations for the **Blob** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more Blobs
    * const blobs = await prisma.blob.findMany()
    * ```
    */
  get blob(): Prisma.BlobDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.upload`: Exposes CRUD operations for the **Upload** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more Uploads
    * const uploads = await prisma.upload.findMany()
    * ```
    */
  get upload(): Prisma.UploadDelegate<ExtArgs, ClientOptions>;
}

export namespace Prisma {
  export import DMMF = runtime.DMMF

  export type PrismaPromise<T> = $Public.PrismaPromise<T>

  /**
   * Validator
   */
  export import validator = runtime.Public.validator

  /**
   * Prisma Errors
   */
  export import PrismaClientKnownRequestError = runtime.PrismaClientKnownRequestError
  export import PrismaClientUnknownRequestError = runtime.PrismaClientUnknownRequestError
  export import PrismaClientRustPanicError = runtime.PrismaClientRustPanicError
  export import PrismaClientInitializationError = runtime.PrismaClientInitializationError
  export import PrismaClientValidationError = runtime.PrismaClientValidationError

  /**
   * Re-export of sql-template-tag
   */
  export import sql = runtime.sqltag
  export import empty = runtime.empty
  export import join = runtime.join
  export import raw = runtime.raw
  export import Sql = runtime.Sql



  /**
   * Decimal.js
   */
  export import Decimal = runtime.Decimal

  export type DecimalJsLike = runtime.DecimalJsLike

  /**
   * Metrics
   */
  export type Metrics = runtime.Metrics
  export type Metric<T> = runtime.Metric<T>
  export type MetricHistogram = runtime.MetricHistogram
  export type MetricHistogramBucket = runtime.MetricHistogramBucket

  /**
  * Extensions
  */
  export import Extension = $Extensions.UserArgs
  export import getExtensionContext = runtime.Extensions.getExtensionContext
  export import Args = $Public.Args
  export import Payload = $Public.Payload
  export import Result = $Public.Result
  export import Exact = $Public.Exact

  /**
   * Prisma Client JS version: 6.19.3
   * Query Engine version: c2990dca591cba766e3b7ef5d9e8a84796e47ab7
   */
  export type PrismaVersion = {
    client: string
  }

  export const prismaVersion: PrismaVersion

  /**
   * Utility Types
   */


  export import Bytes = runtime.Bytes
  export import JsonObject = runtime.JsonObject
  export import JsonArray = runtime.JsonArray
  export import JsonValue = runtime.JsonValue
  export import InputJsonObject = runtime.InputJsonObject
  export import InputJsonArray = runtime.InputJsonArray
  export import InputJsonValue = runtime.InputJsonValue

  /**
   * Types of the values used to represent different kinds of `null` values when working with JSON fields.
   *
   * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
   */
  namespace NullTypes {
    /**
    * Type of `Prisma.DbNull`.
    *
    * You cannot use other instances of this class. Please use the `Prisma.DbNull` value.
    *
    * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
    */
    class DbNull {
      private DbNull: never
      private constructor()
    }

    /**
    * Type of `Prisma.JsonNull`.
    *
    * You cannot use other instances of this class. Please use the `Prisma.JsonNull` value.
    *
    * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
    */
    class JsonNull {
      private JsonNull: never
      private constructor()
    }

    /**
    * Type of `Prisma.AnyNull`.
    *
    * You cannot use other instances of this class. Please use the `Prisma.AnyNull` value.
    *
    * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
    */
    class AnyNull {
      private AnyNull: never
      private constructor()
    }
  }

  /**
   * Helper for filtering JSON entries that have `null` on the database (empty on the db)
   *
   * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
   */
  export const DbNull: NullTypes.DbNull

  /**
   * Helper for filtering JSON entries that have JSON `null` values (not empty on the db)
   *
   * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
   */
  export const JsonNull: NullTypes.JsonNull

  /**
   * Helper for filtering JSON entries that are `Prisma.DbNull` or `Prisma.JsonNull`
   *
   * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
   */
  export const AnyNull: NullTypes.AnyNull

  type SelectAndInclude = {
    select: any
    include: any
  }

  type SelectAndOmit = {
    select: any
    omit: any
  }

  /**
   * Get the type of the value, that the Promise holds.
   */
  export type PromiseType<T extends PromiseLike<any>> = T extends PromiseLike<infer U> ? U : T;

  /**
   * Get the return type of a function which returns a Promise.
   */
  export type PromiseReturnType<T extends (...args: any) => $Utils.JsPromise<any>> = PromiseType<ReturnType<T>>

  /**
   * From T, pick a set of properties whose keys are in the union K
   */
  type Prisma__Pick<T, K extends keyof T> = {
      [P in K]: T[P];
  };


  export type Enumerable<T> = T | Array<T>;

  export type RequiredKeys<T> = {
    [K in keyof T]-?: {} extends Prisma__Pick<T, K> ? never : K
  }[keyof T]

  export type TruthyKeys<T> = keyof {
    [K in keyof T as T[K] extends false | undefined | null ? never : K]: K
  }

  export type TrueKeys<T> = TruthyKeys<Prisma__Pick<T, RequiredKeys<T>>>

  /**
   * Subset
   * @desc From `T` pick properties that exist in `U`. Simple version of Intersection
   */
  export type Subset<T, U> = {
    [key in keyof T]: key extends keyof U ? T[key] : never;
  };

  /**
   * SelectSubset
   * @desc From `T` pick properties that exist in `U`. Simple version of Intersection.
   * Additionally, it validates, if both select and include are present. If the case, it errors.
   */
  export type SelectSubset<T, U> = {
    [key in keyof T]: key extends keyof U ? T[key] : never
  } &
    (T extends SelectAndInclude
      ? 'Please either choose `select` or `include`.'
      : T extends SelectAndOmit
        ? 'Please either choose `select` or `omit`.'
        : {})

  /**
   * Subset + Intersection
   * @desc From `T` pick properties that exist in `U` and intersect `K`
   */
  export type SubsetIntersection<T, U, K> = {
    [key in keyof T]: key extends keyof U ? T[key] : never
  } &
    K

  type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never };

  /**
   * XOR is needed to have a real mutually exclusive union type
   * https://stackoverflow.com/questions/42123407/does-typescript-support-mutually-exclusive-types
   */
  type XOR<T, U> =
    T extends object ?
    U extends object ?
      (Without<T, U> & U) | (Without<U, T> & T)
    : U : T


  /**
   * Is T a Record?
   */
  type IsObject<T extends any> = T extends Array<any>
  ? False
  : T extends Date
  ? False
  : T extends Uint8Array
  ? False
  : T extends BigInt
  ? False
  : T extends object
  ? True
  : False


  /**
   * If it's T[], return T
   */
  export type UnEnumerate<T extends unknown> = T extends Array<infer U> ? U : T

  /**
   * From ts-toolbelt
   */

  type __Either<O extends object, K extends Key> = Omit<O, K> &
    {
      // Merge all but K
      [P in K]: Prisma__Pick<O, P & keyof O> // With K possibilities
    }[K]

  type EitherStrict<O extends object, K extends Key> = Strict<__Either<O, K>>

  type EitherLoose<O extends object, K extends Key> = ComputeRaw<__Either<O, K>>

  type _Either<
    O extends object,
    K extends Key,
    strict extends Boolean
  > = {
    1: EitherStrict<O, K>
    0: EitherLoose<O, K>
  }[strict]

  type Either<
    O extends object,
    K extends Key,
    strict extends Boolean = 1
  > = O extends unknown ? _Either<O, K, strict> : never

  export type Union = any

  type PatchUndefined<O extends object, O1 extends object> = {
    [K in keyof O]: O[K] extends undefined ? At<O1, K> : O[K]
  } & {}

  /** Helper Types for "Merge" **/
  export type IntersectOf<U extends Union> = (
    U extends unknown ? (k: U) => void : never
  ) extends (k: infer I) => void
    ? I
    : never

  export type Overwrite<O extends object, O1 extends object> = {
      [K in keyof O]: K extends keyof O1 ? O1[K] : O[K];
  } & {};

  type _Merge<U extends object> = IntersectOf<Overwrite<U, {
      [K in keyof U]-?: At<U, K>;
  }>>;

  type Key = string | number | symbol;
  type AtBasic<O extends object, K extends Key> = K extends keyof O ? O[K] : never;
  type AtStrict<O extends object, K extends Key> = O[K & keyof O];
  type AtLoose<O extends object, K extends Key> = O extends unknown ? AtStrict<O, K> : never;
  export type At<O extends object, K extends Key, strict extends Boolean = 1> = {
      1: AtStrict<O, K>;
      0: AtLoose<O, K>;
  }[strict];

  export type ComputeRaw<A extends any> = A extends Function ? A : {
    [K in keyof A]: A[K];
  } & {};

  export type OptionalFlat<O> = {
    [K in keyof O]?: O[K];
  } & {};

  type _Record<K extends keyof any, T> = {
    [P in K]: T;
  };

  // cause typescript not to expand types and preserve names
  type NoExpand<T> = T extends unknown ? T : never;

  // this type assumes the passed object is entirely optional
  type AtLeast<O extends object, K extends string> = NoExpand<
    O extends unknown
    ? | (K extends keyof O ? { [P in K]: O[P] } & O : O)
      | {[P in keyof O as P extends K ? P : never]-?: O[P]} & O
    : never>;

  type _Strict<U, _U = U> = U extends unknown ? U & OptionalFlat<_Record<Exclude<Keys<_U>, keyof U>, never>> : never;

  export type Strict<U extends object> = ComputeRaw<_Strict<U>>;
  /** End Helper Types for "Merge" **/

  export type Merge<U extends object> = ComputeRaw<_Merge<Strict<U>>>;

  /**
  A [[Boolean]]
  */
  export type Boolean = True | False

  // /**
  // 1
  // */
  export type True = 1

  /**
  0
  */
  export type False = 0

  export type Not<B extends Boolean> = {
    0: 1
    1: 0
  }[B]

  export type Extends<A1 extends any, A2 extends any> = [A1] extends [never]
    ? 0 // anything `never` is false
    : A1 extends A2
    ? 1
    : 0

  export type Has<U extends Union, U1 extends Union> = Not<
    Extends<Exclude<U1, U>, U1>
  >

  export type Or<B1 extends Boolean, B2 extends Boolean> = {
    0: {
      0: 0
      1: 1
    }
    1: {
      0: 1
      1: 1
    }
  }[B1][B2]

  export type Keys<U extends Union> = U extends unknown ? keyof U : never

  type Cast<A, B> = A extends B ? A : B;

  export const type: unique symbol;



  /**
   * Used by group by
   */

  export type GetScalarType<T, O> = O extends object ? {
    [P in keyof T]: P extends keyof O
      ? O[P]
      : never
  } : never

  type FieldPaths<
    T,
    U = Omit<T, '_avg' | '_sum' | '_count' | '_min' | '_max'>
  > = IsObject<T> extends True ? U : T

  type GetHavingFields<T> = {
    [K in keyof T]: Or<
      Or<Extends<'OR', K>, Extends<'AND', K>>,
      Extends<'NOT', K>
    > extends True
      ? // infer is only needed to not hit TS limit
        // based on the brilliant idea of Pierre-Antoine Mills
        // https://github.com/microsoft/TypeScript/issues/30188#issuecomment-478938437
        T[K] extends infer TK
        ? GetHavingFields<UnEnumerate<TK> extends object ? Merge<UnEnumerate<TK>> : never>
        : never
      : {} extends FieldPaths<T[K]>
      ? never
      : K
  }[keyof T]

  /**
   * Convert tuple to union
   */
  type _TupleToUnion<T> = T extends (infer E)[] ? E : never
  type TupleToUnion<K extends readonly any[]> = _TupleToUnion<K>
  type MaybeTupleToUnion<T> = T extends any[] ? TupleToUnion<T> : T

  /**
   * Like `Pick`, but additionally can also accept an array of keys
   */
  type PickEnumerable<T, K extends Enumerable<keyof T> | keyof T> = Prisma__Pick<T, MaybeTupleToUnion<K>>

  /**
   * Exclude all keys with underscores
   */
  type ExcludeUnderscoreKeys<T extends string> = T extends `_${string}` ? never : T


  export type FieldRef<Model, FieldType> = runtime.FieldRef<Model, FieldType>

  type FieldRefInputType<Model, FieldType> = Model extends never ? never : FieldRef<Model, FieldType>


  export const ModelName: {
    Account: 'Account',
    Membership: 'Membership',
    Token: 'Token',
    Repo: 'Repo',
    Revision: 'Revision',
    RevisionFile: 'RevisionFile',
    Ref: 'Ref',
    Blob: 'Blob',
    Upload: 'Upload'
  };

  export type ModelName = (typeof ModelName)[keyof typeof ModelName]


  export type Datasources = {
    db?: Datasource
  }

  interface TypeMapCb<ClientOptions = {}> extends $Utils.Fn<{extArgs: $Extensions.InternalArgs }, $Utils.Record<string, any>> {
    returns: Prisma.TypeMap<this['params']['extArgs'], ClientOptions extends { omit: infer OmitOptions } ? OmitOptions : {}>
  }

  export type TypeMap<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> = {
    globalOmitOptions: {
      omit: GlobalOmitOptions
    }
    meta: {
      modelProps: "account" | "membership" | "token" | "repo" | "revision" | "revisionFile" | "ref" | "blob" | "upload"
      txIsolationLevel: Prisma.TransactionIsolationLevel
    }
    model: {
      Account: {
        payload: Prisma.$AccountPayload<ExtArgs>
        fields: Prisma.AccountFieldRefs
        operations: {
          findUnique: {
            args: Prisma.AccountFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AccountPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.AccountFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AccountPayload>
          }
          findFirst: {
            args: Prisma.AccountFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AccountPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.AccountFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AccountPayload>
          }
          findMany: {
            args: Prisma.AccountFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AccountPayload>[]
          }
          create: {
            args: Prisma.AccountCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AccountPayload>
          }
          createMany: {
            args: Prisma.AccountCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.AccountCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AccountPayload>[]
          }
          delete: {
            args: Prisma.AccountDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AccountPayload>
          }
          update: {
            args: Prisma.AccountUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AccountPayload>
          }
          deleteMany: {
            args: Prisma.AccountDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.AccountUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.AccountUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AccountPayload>[]
          }
          upsert: {
            args: Prisma.AccountUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AccountPayload>
          }
          aggregate: {
            args: Prisma.AccountAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateAccount>
          }
          groupBy: {
            args: Prisma.AccountGroupByArgs<ExtArgs>
            result: $Utils.Optional<AccountGroupByOutputType>[]
          }
          count: {
            args: Prisma.AccountCountArgs<ExtArgs>
            result: $Utils.Optional<AccountCountAggregateOutputType> | number
          }
        }
      }
      Membership: {
        payload: Prisma.$MembershipPayload<ExtArgs>
        fields: Prisma.MembershipFieldRefs
        operations: {
          findUnique: {
            args: Prisma.MembershipFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$MembershipPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.MembershipFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$MembershipPayload>
          }
          findFirst: {
            args: Prisma.MembershipFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$MembershipPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.MembershipFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$MembershipPayload>
          }
          findMany: {
            args: Prisma.MembershipFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$MembershipPayload>[]
          }
          create: {
            args: Prisma.MembershipCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$MembershipPayload>
          }
          createMany: {
            args: Prisma.MembershipCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.MembershipCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$MembershipPayload>[]
          }
          delete: {
            args: Prisma.MembershipDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$MembershipPayload>
          }
          update: {
            args: Prisma.MembershipUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$MembershipPayload>
          }
          deleteMany: {
            args: Prisma.MembershipDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.MembershipUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.MembershipUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$MembershipPayload>[]
          }
          upsert: {
            args: Prisma.MembershipUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$MembershipPayload>
          }
          aggregate: {
            args: Prisma.MembershipAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateMembership>
          }
          groupBy: {
            args: Prisma.MembershipGroupByArgs<ExtArgs>
            result: $Utils.Optional<MembershipGroupByOutputType>[]
          }
          count: {
            args: Prisma.MembershipCountArgs<ExtArgs>
            result: $Utils.Optional<MembershipCountAggregateOutputType> | number
          }
        }
      }
      Token: {
        payload: Prisma.$TokenPayload<ExtArgs>
        fields: Prisma.TokenFieldRefs
        operations: {
          findUnique: {
            args: Prisma.TokenFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$TokenPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.TokenFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$TokenPayload>
          }
          findFirst: {
            args: Prisma.TokenFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$TokenPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.TokenFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$TokenPayload>
          }
          findMany: {
            args: Prisma.TokenFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$TokenPayload>[]
          }
          create: {
            args: Prisma.TokenCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$TokenPayload>
          }
          createMany: {
            args: Prisma.TokenCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.TokenCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$TokenPayload>[]
          }
          delete: {
            args: Prisma.TokenDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$TokenPayload>
          }
          update: {
            args: Prisma.TokenUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$TokenPayload>
          }
          deleteMany: {
            args: Prisma.TokenDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.TokenUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.TokenUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$TokenPayload>[]
          }
          upsert: {
            args: Prisma.TokenUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$TokenPayload>
          }
          aggregate: {
            args: Prisma.TokenAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateToken>
          }
          groupBy: {
            args: Prisma.TokenGroupByArgs<ExtArgs>
            result: $Utils.Optional<TokenGroupByOutputType>[]
          }
          count: {
            args: Prisma.TokenCountArgs<ExtArgs>
            result: $Utils.Optional<TokenCountAggregateOutputType> | number
          }
        }
      }
      Repo: {
        payload: Prisma.$RepoPayload<ExtArgs>
        fields: Prisma.RepoFieldRefs
        operations: {
          findUnique: {
            args: Prisma.RepoFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RepoPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.RepoFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RepoPayload>
          }
          findFirst: {
            args: Prisma.RepoFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RepoPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.RepoFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RepoPayload>
          }
          findMany: {
            args: Prisma.RepoFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RepoPayload>[]
          }
          create: {
            args: Prisma.RepoCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RepoPayload>
          }
          createMany: {
            args: Prisma.RepoCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.RepoCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RepoPayload>[]
          }
          delete: {
            args: Prisma.RepoDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RepoPayload>
          }
          update: {
            args: Prisma.RepoUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RepoPayload>
          }
          deleteMany: {
            args: Prisma.RepoDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.RepoUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.RepoUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RepoPayload>[]
          }
          upsert: {
            args: Prisma.RepoUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RepoPayload>
          }
          aggregate: {
            args: Prisma.RepoAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateRepo>
          }
          groupBy: {
            args: Prisma.RepoGroupByArgs<ExtArgs>
            result: $Utils.Optional<RepoGroupByOutputType>[]
          }
          count: {
            args: Prisma.RepoCountArgs<ExtArgs>
            result: $Utils.Optional<RepoCountAggregateOutputType> | number
          }
        }
      }
      Revision: {
        payload: Prisma.$RevisionPayload<ExtArgs>
        fields: Prisma.RevisionFieldRefs
        operations: {
          findUnique: {
            args: Prisma.RevisionFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RevisionPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.RevisionFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RevisionPayload>
          }
          findFirst: {
            args: Prisma.RevisionFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RevisionPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.RevisionFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RevisionPayload>
          }
          findMany: {
            args: Prisma.RevisionFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RevisionPayload>[]
          }
          create: {
            args: Prisma.RevisionCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RevisionPayload>
          }
          createMany: {
            args: Prisma.RevisionCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.RevisionCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RevisionPayload>[]
          }
          delete: {
            args: Prisma.RevisionDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RevisionPayload>
          }
          update: {
            args: Prisma.RevisionUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RevisionPayload>
          }
          deleteMany: {
            args: Prisma.RevisionDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.RevisionUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.RevisionUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RevisionPayload>[]
          }
          upsert: {
            args: Prisma.RevisionUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RevisionPayload>
          }
          aggregate: {
            args: Prisma.RevisionAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateRevision>
          }
          groupBy: {
            args: Prisma.RevisionGroupByArgs<ExtArgs>
            result: $Utils.Optional<RevisionGroupByOutputType>[]
          }
          count: {
            args: Prisma.RevisionCountArgs<ExtArgs>
            result: $Utils.Optional<RevisionCountAggregateOutputType> | number
          }
        }
      }
      RevisionFile: {
        payload: Prisma.$RevisionFilePayload<ExtArgs>
        fields: Prisma.RevisionFileFieldRefs
        operations: {
          findUnique: {
            args: Prisma.RevisionFileFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RevisionFilePayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.RevisionFileFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RevisionFilePayload>
          }
          findFirst: {
            args: Prisma.RevisionFileFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RevisionFilePayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.RevisionFileFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RevisionFilePayload>
          }
          findMany: {
            args: Prisma.RevisionFileFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RevisionFilePayload>[]
          }
          create: {
            args: Prisma.RevisionFileCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RevisionFilePayload>
          }
          createMany: {
            args: Prisma.RevisionFileCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.RevisionFileCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RevisionFilePayload>[]
          }
          delete: {
            args: Prisma.RevisionFileDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RevisionFilePayload>
          }
          update: {
            args: Prisma.RevisionFileUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RevisionFilePayload>
          }
          deleteMany: {
            args: Prisma.RevisionFileDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.RevisionFileUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.RevisionFileUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RevisionFilePayload>[]
          }
          upsert: {
            args: Prisma.RevisionFileUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RevisionFilePayload>
          }
          aggregate: {
            args: Prisma.RevisionFileAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateRevisionFile>
          }
          groupBy: {
            args: Prisma.RevisionFileGroupByArgs<ExtArgs>
            result: $Utils.Optional<RevisionFileGroupByOutputType>[]
          }
          count: {
            args: Prisma.RevisionFileCountArgs<ExtArgs>
            result: $Utils.Optional<RevisionFileCountAggregateOutputType> | number
          }
        }
      }
      Ref: {
        payload: Prisma.$RefPayload<ExtArgs>
        fields: Prisma.RefFieldRefs
        operations: {
          findUnique: {
            args: Prisma.RefFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RefPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.RefFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RefPayload>
          }
          findFirst: {
            args: Prisma.RefFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RefPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.RefFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RefPayload>
          }
          findMany: {
            args: Prisma.RefFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RefPayload>[]
          }
          create: {
            args: Prisma.RefCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RefPayload>
          }
          createMany: {
            args: Prisma.RefCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.RefCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RefPayload>[]
          }
          delete: {
            args: Prisma.RefDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RefPayload>
          }
          update: {
            args: Prisma.RefUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RefPayload>
          }
          deleteMany: {
            args: Prisma.RefDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.RefUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.RefUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RefPayload>[]
          }
          upsert: {
            args: Prisma.RefUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RefPayload>
          }
          aggregate: {
            args: Prisma.RefAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateRef>
          }
          groupBy: {
            args: Prisma.RefGroupByArgs<ExtArgs>
            result: $Utils.Optional<RefGroupByOutputType>[]
          }
          count: {
            args: Prisma.RefCountArgs<ExtArgs>
            result: $Utils.Optional<RefCountAggregateOutputType> | number
          }
        }
      }
      Blob: {
        payload: Prisma.$BlobPayload<ExtArgs>
        fields: Prisma.BlobFieldRefs
        operations: {
          findUnique: {
            args: Prisma.BlobFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$BlobPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.BlobFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$BlobPayload>
          }
          findFirst: {
            args: Prisma.BlobFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$BlobPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.BlobFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$BlobPayload>
          }
          findMany: {
            args: Prisma.BlobFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$BlobPayload>[]
          }
          create: {
            args: Prisma.BlobCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$BlobPayload>
          }
          createMany: {
            args: Prisma.BlobCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.BlobCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$BlobPayload>[]
          }
          delete: {
            args: Prisma.BlobDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$BlobPayload>
          }
          update: {
            args: Prisma.BlobUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$BlobPayload>
          }
          deleteMany: {
            args: Prisma.BlobDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.BlobUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.BlobUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$BlobPayload>[]
          }
          upsert: {
            args: Prisma.BlobUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$BlobPayload>
          }
          aggregate: {
            args: Prisma.BlobAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateBlob>
          }
          groupBy: {
            args: Prisma.BlobGroupByArgs<ExtArgs>
            result: $Utils.Optional<BlobGroupByOutputType>[]
          }
          count: {
            args: Prisma.BlobCountArgs<ExtArgs>
            result: $Utils.Optional<BlobCountAggregateOutputType> | number
          }
        }
      }
      Upload: {
        payload: Prisma.$UploadPayload<ExtArgs>
        fields: Prisma.UploadFieldRefs
        operations: {
          findUnique: {
            args: Prisma.UploadFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$UploadPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.UploadFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$UploadPayload>
          }
          findFirst: {
            args: Prisma.UploadFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$UploadPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.UploadFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$UploadPayload>
          }
          findMany: {
            args: Prisma.UploadFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$UploadPayload>[]
          }
          create: {
            args: Prisma.UploadCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$UploadPayload>
          }
          createMany: {
            args: Prisma.UploadCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.UploadCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$UploadPayload>[]
          }
          delete: {
            args: Prisma.UploadDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$UploadPayload>
          }
          update: {
            args: Prisma.UploadUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$UploadPayload>
          }
          deleteMany: {
            args: Prisma.UploadDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.UploadUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.UploadUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$UploadPayload>[]
          }
          upsert: {
            args: Prisma.UploadUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$UploadPayload>
          }
          aggregate: {
            args: Prisma.UploadAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateUpload>
          }
          groupBy: {
            args: Prisma.UploadGroupByArgs<ExtArgs>
            result: $Utils.Optional<UploadGroupByOutputType>[]
          }
          count: {
            args: Prisma.UploadCountArgs<ExtArgs>
            result: $Utils.Optional<UploadCountAggregateOutputType> | number
          }
        }
      }
    }
  } & {
    other: {
      payload: any
      operations: {
        $executeRaw: {
          args: [query: TemplateStringsArray | Prisma.Sql, ...values: any[]],
          result: any
        }
        $executeRawUnsafe: {
          args: [query: string, ...values: any[]],
          result: any
        }
        $queryRaw: {
          args: [query: TemplateStringsArray | Prisma.Sql, ...values: any[]],
          result: any
        }
        $queryRawUnsafe: {
          args: [query: string, ...values: any[]],
          result: any
        }
      }
    }
  }
  export const defineExtension: $Extensions.ExtendsHook<"define", Prisma.TypeMapCb, $Extensions.DefaultArgs>
  export type DefaultPrismaClient = PrismaClient
  export type ErrorFormat = 'pretty' | 'colorless' | 'minimal'
  export interface PrismaClientOptions {
    /**
     * Overwrites the datasource url from your schema.prisma file
     */
    datasources?: Datasources
    /**
     * Overwrites the datasource url from your schema.prisma file
     */
    datasourceUrl?: string
    /**
     * @default "colorless"
     */
    errorFormat?: ErrorFormat
    /**
     * @example
     * ```
     * // Shorthand for `emit: 'stdout'`
     * log: ['query', 'info', 'warn', 'error']
     * 
     * // Emit as events only
     * log: [
     *   { emit: 'event', level: 'query' },
     *   { emit: 'event', level: 'info' },
     *   { emit: 'event', level: 'warn' }
     *   { emit: 'event', level: 'error' }
     * ]
     * 
     * / Emit as events and log to stdout
     * og: [
     *  { emit: 'stdout', level: 'query' },
     *  { emit: 'stdout', level: 'info' },
     *  { emit: 'stdout', level: 'warn' }
     *  { emit: 'stdout', level: 'error' }
     * 
     * ```
     * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/logging#the-log-option).
     */
    log?: (LogLevel | LogDefinition)[]
    /**
     * The default values for transactionOptions
     * maxWait ?= 2000
     * timeout ?= 5000
     */
    transactionOptions?: {
      maxWait?: number
      timeout?: number
      isolationLevel?: Prisma.TransactionIsolationLevel
    }
    /**
     * Instance of a Driver Adapter, e.g., like one provided by `@prisma/adapter-planetscale`
     */
    adapter?: runtime.SqlDriverAdapterFactory | null
    /**
     * Global configuration for omitting model fields by default.
     * 
     * @example
     * ```
     * const prisma = new PrismaClient({
     *   omit: {
     *     user: {
     *       password: true
     *     }
     *   }
     * })
     * ```
     */
    omit?: Prisma.GlobalOmitConfig
  }
  export type GlobalOmitConfig = {
    account?: AccountOmit
    membership?: MembershipOmit
    token?: TokenOmit
    repo?: RepoOmit
    revision?: RevisionOmit
    revisionFile?: RevisionFileOmit
    ref?: RefOmit
    blob?: BlobOmit
    upload?: UploadOmit
  }

  /* Types for Logging */
  export type LogLevel = 'info' | 'query' | 'warn' | 'error'
  export type LogDefinition = {
    level: LogLevel
    emit: 'stdout' | 'event'
  }

  export type CheckIsLogLevel<T> = T extends LogLevel ? T : never;

  export type GetLogType<T> = CheckIsLogLevel<
    T extends LogDefinition ? T['level'] : T
  >;

  export type GetEvents<T extends any[]> = T extends Array<LogLevel | LogDefinition>
    ? GetLogType<T[number]>
    : never;

  export type QueryEvent = {
    timestamp: Date
    query: string
    params: string
    duration: number
    target: string
  }

  export type LogEvent = {
    timestamp: Date
    message: string
    target: string
  }
  /* End Types for Logging */


  export type PrismaAction =
    | 'findUnique'
    | 'findUniqueOrThrow'
    | 'findMany'
    | 'findFirst'
    | 'findFirstOrThrow'
    | 'create'
    | 'createMany'
    | 'createManyAndReturn'
    | 'update'
    | 'updateMany'
    | 'updateManyAndReturn'
    | 'upsert'
    | 'delete'
    | 'deleteMany'
    | 'executeRaw'
    | 'queryRaw'
    | 'aggregate'
    | 'count'
    | 'runCommandRaw'
    | 'findRaw'
    | 'groupBy'

  // tested in getLogLevel.test.ts
  export function getLogLevel(log: Array<LogLevel | LogDefinition>): LogLevel | undefined;

  /**
   * `PrismaClient` proxy available in interactive transactions.
   */
  export type TransactionClient = Omit<Prisma.DefaultPrismaClient, runtime.ITXClientDenyList>

  export type Datasource = {
    url?: string
  }

  /**
   * Count Types
   */


  /**
   * Count Type AccountCountOutputType
   */

  export type AccountCountOutputType = {
    tokens: number
    memberships: number
    members: number
    repos: number
  }

  export type AccountCountOutputTypeSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    tokens?: boolean | AccountCountOutputTypeCountTokensArgs
    memberships?: boolean | AccountCountOutputTypeCountMembershipsArgs
    members?: boolean | AccountCountOutputTypeCountMembersArgs
    repos?: boolean | AccountCountOutputTypeCountReposArgs
  }

  // Custom InputTypes
  /**
   * AccountCountOutputType without action
   */
  export type AccountCountOutputTypeDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AccountCountOutputType
     */
    select?: AccountCountOutputTypeSelect<ExtArgs> | null
  }

  /**
   * AccountCountOutputType without action
   */
  export type AccountCountOutputTypeCountTokensArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: TokenWhereInput
  }

  /**
   * AccountCountOutputType without action
   */
  export type AccountCountOutputTypeCountMembershipsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: MembershipWhereInput
  }

  /**
   * AccountCountOutputType without action
   */
  export type AccountCountOutputTypeCountMembersArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: MembershipWhereInput
  }

  /**
   * AccountCountOutputType without action
   */
  export type AccountCountOutputTypeCountReposArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: RepoWhereInput
  }


  /**
   * Count Type RepoCountOutputType
   */

  export type RepoCountOutputType = {
    revisions: number
    refs: number
  }

  export type RepoCountOutputTypeSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    revisions?: boolean | RepoCountOutputTypeCountRevisionsArgs
    refs?: boolean | RepoCountOutputTypeCountRefsArgs
  }

  // Custom InputTypes
  /**
   * RepoCountOutputType without action
   */
  export type RepoCountOutputTypeDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RepoCountOutputType
     */
    select?: RepoCountOutputTypeSelect<ExtArgs> | null
  }

  /**
   * RepoCountOutputType without action
   */
  export type RepoCountOutputTypeCountRevisionsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: RevisionWhereInput
  }

  /**
   * RepoCountOutputType without action
   */
  export type RepoCountOutputTypeCountRefsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: RefWhereInput
  }


  /**
   * Count Type RevisionCountOutputType
   */

  export type RevisionCountOutputType = {
    files: number
  }

  export type RevisionCountOutputTypeSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    files?: boolean | RevisionCountOutputTypeCountFilesArgs
  }

  // Custom InputTypes
  /**
   * RevisionCountOutputType without action
   */
  export type RevisionCountOutputTypeDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RevisionCountOutputType
     */
    select?: RevisionCountOutputTypeSelect<ExtArgs> | null
  }

  /**
   * RevisionCountOutputType without action
   */
  export type RevisionCountOutputTypeCountFilesArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: RevisionFileWhereInput
  }


  /**
   * Models
   */

  /**
   * Model Account
   */

  export type AggregateAccount = {
    _count: AccountCountAggregateOutputType | null
    _min: AccountMinAggregateOutputType | null
    _max: AccountMaxAggregateOutputType | null
  }

  export type AccountMinAggregateOutputType = {
    id: string | null
    name: string | null
    kind: string | null
    isAdmin: boolean | null
    createdAt: Date | null
  }

  export type AccountMaxAggregateOutputType = {
    id: string | null
    name: string | null
    kind: string | null
    isAdmin: boolean | null
    createdAt: Date | null
  }

  export type AccountCountAggregateOutputType = {
    id: number
    name: number
    kind: number
    isAdmin: number
    createdAt: number
    _all: number
  }


  export type AccountMinAggregateInputType = {
    id?: true
    name?: true
    kind?: true
    isAdmin?: true
    createdAt?: true
  }

  export type AccountMaxAggregateInputType = {
    id?: true
    name?: true
    kind?: true
    isAdmin?: true
    createdAt?: true
  }

  export type AccountCountAggregateInputType = {
    id?: true
    name?: true
    kind?: true
    isAdmin?: true
    createdAt?: true
    _all?: true
  }

  export type AccountAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Account to aggregate.
     */
    where?: AccountWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Accounts to fetch.
     */
    orderBy?: AccountOrderByWithRelationInput | AccountOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: AccountWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Accounts from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Accounts.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned Accounts
    **/
    _count?: true | AccountCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: AccountMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: AccountMaxAggregateInputType
  }

  export type GetAccountAggregateType<T extends AccountAggregateArgs> = {
        [P in keyof T & keyof AggregateAccount]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateAccount[P]>
      : GetScalarType<T[P], AggregateAccount[P]>
  }




  export type AccountGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: AccountWhereInput
    orderBy?: AccountOrderByWithAggregationInput | AccountOrderByWithAggregationInput[]
    by: AccountScalarFieldEnum[] | AccountScalarFieldEnum
    having?: AccountScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: AccountCountAggregateInputType | true
    _min?: AccountMinAggregateInputType
    _max?: AccountMaxAggregateInputType
  }

  export type AccountGroupByOutputType = {
    id: string
    name: string
    kind: string
    isAdmin: boolean
    createdAt: Date
    _count: AccountCountAggregateOutputType | null
    _min: AccountMinAggregateOutputType | null
    _max: AccountMaxAggregateOutputType | null
  }

  type GetAccountGroupByPayload<T extends AccountGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<AccountGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof AccountGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], AccountGroupByOutputType[P]>
            : GetScalarType<T[P], AccountGroupByOutputType[P]>
        }
      >
    >


  export type AccountSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    name?: boolean
    kind?: boolean
    isAdmin?: boolean
    createdAt?: boolean
    tokens?: boolean | Account$tokensArgs<ExtArgs>
    memberships?: boolean | Account$membershipsArgs<ExtArgs>
    members?: boolean | Account$membersArgs<ExtArgs>
    repos?: boolean | Account$reposArgs<ExtArgs>
    _count?: boolean | AccountCountOutputTypeDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["account"]>

  export type AccountSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    name?: boolean
    kind?: boolean
    isAdmin?: boolean
    createdAt?: boolean
  }, ExtArgs["result"]["account"]>

  export type AccountSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    name?: boolean
    kind?: boolean
    isAdmin?: boolean
    createdAt?: boolean
  }, ExtArgs["result"]["account"]>

  export type AccountSelectScalar = {
    id?: boolean
    name?: boolean
    kind?: boolean
    isAdmin?: boolean
    createdAt?: boolean
  }

  export type AccountOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "name" | "kind" | "isAdmin" | "createdAt", ExtArgs["result"]["account"]>
  export type AccountInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    tokens?: boolean | Account$tokensArgs<ExtArgs>
    memberships?: boolean | Account$membershipsArgs<ExtArgs>
    members?: boolean | Account$membersArgs<ExtArgs>
    repos?: boolean | Account$reposArgs<ExtArgs>
    _count?: boolean | AccountCountOutputTypeDefaultArgs<ExtArgs>
  }
  export type AccountIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {}
  export type AccountIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {}

  export type $AccountPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "Account"
    objects: {
      tokens: Prisma.$TokenPayload<ExtArgs>[]
      memberships: Prisma.$MembershipPayload<ExtArgs>[]
      members: Prisma.$MembershipPayload<ExtArgs>[]
      repos: Prisma.$RepoPayload<ExtArgs>[]
    }
    scalars: $Extensions.GetPayloadResult<{
      id: string
      name: string
      kind: string
      isAdmin: boolean
      createdAt: Date
    }, ExtArgs["result"]["account"]>
    composites: {}
  }

  type AccountGetPayload<S extends boolean | null | undefined | AccountDefaultArgs> = $Result.GetResult<Prisma.$AccountPayload, S>

  type AccountCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<AccountFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: AccountCountAggregateInputType | true
    }

  export interface AccountDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['Account'], meta: { name: 'Account' } }
    /**
     * Find zero or one Account that matches the filter.
     * @param {AccountFindUniqueArgs} args - Arguments to find a Account
     * @example
     * // Get one Account
     * const account = await prisma.account.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends AccountFindUniqueArgs>(args: SelectSubset<T, AccountFindUniqueArgs<ExtArgs>>): Prisma__AccountClient<$Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one Account that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {AccountFindUniqueOrThrowArgs} args - Arguments to find a Account
     * @example
     * // Get one Account
     * const account = await prisma.account.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends AccountFindUniqueOrThrowArgs>(args: SelectSubset<T, AccountFindUniqueOrThrowArgs<ExtArgs>>): Prisma__AccountClient<$Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Account that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AccountFindFirstArgs} args - Arguments to find a Account
     * @example
     * // Get one Account
     * const account = await prisma.account.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends AccountFindFirstArgs>(args?: SelectSubset<T, AccountFindFirstArgs<ExtArgs>>): Prisma__AccountClient<$Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Account that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AccountFindFirstOrThrowArgs} args - Arguments to find a Account
     * @example
     * // Get one Account
     * const account = await prisma.account.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends AccountFindFirstOrThrowArgs>(args?: SelectSubset<T, AccountFindFirstOrThrowArgs<ExtArgs>>): Prisma__AccountClient<$Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more Accounts that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AccountFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all Accounts
     * const accounts = await prisma.account.findMany()
     * 
     * // Get first 10 Accounts
     * const accounts = await prisma.account.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const accountWithIdOnly = await prisma.account.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends AccountFindManyArgs>(args?: SelectSubset<T, AccountFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a Account.
     * @param {AccountCreateArgs} args - Arguments to create a Account.
     * @example
     * // Create one Account
     * const Account = await prisma.account.create({
     *   data: {
     *     // ... data to create a Account
     *   }
     * })
     * 
     */
    create<T extends AccountCreateArgs>(args: SelectSubset<T, AccountCreateArgs<ExtArgs>>): Prisma__AccountClient<$Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many Accounts.
     * @param {AccountCreateManyArgs} args - Arguments to create many Accounts.
     * @example
     * // Create many Accounts
     * const account = await prisma.account.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends AccountCreateManyArgs>(args?: SelectSubset<T, AccountCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many Accounts and returns the data saved in the database.
     * @param {AccountCreateManyAndReturnArgs} args - Arguments to create many Accounts.
     * @example
     * // Create many Accounts
     * const account = await prisma.account.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many Accounts and only return the `id`
     * const accountWithIdOnly = await prisma.account.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends AccountCreateManyAndReturnArgs>(args?: SelectSubset<T, AccountCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a Account.
     * @param {AccountDeleteArgs} args - Arguments to delete one Account.
     * @example
     * // Delete one Account
     * const Account = await prisma.account.delete({
     *   where: {
     *     // ... filter to delete one Account
     *   }
     * })
     * 
     */
    delete<T extends AccountDeleteArgs>(args: SelectSubset<T, AccountDeleteArgs<ExtArgs>>): Prisma__AccountClient<$Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one Account.
     * @param {AccountUpdateArgs} args - Arguments to update one Account.
     * @example
     * // Update one Account
     * const account = await prisma.account.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends AccountUpdateArgs>(args: SelectSubset<T, AccountUpdateArgs<ExtArgs>>): Prisma__AccountClient<$Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more Accounts.
     * @param {AccountDeleteManyArgs} args - Arguments to filter Accounts to delete.
     * @example
     * // Delete a few Accounts
     * const { count } = await prisma.account.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends AccountDeleteManyArgs>(args?: SelectSubset<T, AccountDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Accounts.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AccountUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many Accounts
     * const account = await prisma.account.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends AccountUpdateManyArgs>(args: SelectSubset<T, AccountUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Accounts and returns the data updated in the database.
     * @param {AccountUpdateManyAndReturnArgs} args - Arguments to update many Accounts.
     * @example
     * // Update many Accounts
     * const account = await prisma.account.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more Accounts and only return the `id`
     * const accountWithIdOnly = await prisma.account.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends AccountUpdateManyAndReturnArgs>(args: SelectSubset<T, AccountUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one Account.
     * @param {AccountUpsertArgs} args - Arguments to update or create a Account.
     * @example
     * // Update or create a Account
     * const account = await prisma.account.upsert({
     *   create: {
     *     // ... data to create a Account
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the Account we want to update
     *   }
     * })
     */
    upsert<T extends AccountUpsertArgs>(args: SelectSubset<T, AccountUpsertArgs<ExtArgs>>): Prisma__AccountClient<$Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of Accounts.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AccountCountArgs} args - Arguments to filter Accounts to count.
     * @example
     * // Count the number of Accounts
     * const count = await prisma.account.count({
     *   where: {
     *     // ... the filter for the Accounts we want to count
     *   }
     * })
    **/
    count<T extends AccountCountArgs>(
      args?: Subset<T, AccountCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], AccountCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a Account.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AccountAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends AccountAggregateArgs>(args: Subset<T, AccountAggregateArgs>): Prisma.PrismaPromise<GetAccountAggregateType<T>>

    /**
     * Group by Account.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AccountGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends AccountGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: AccountGroupByArgs['orderBy'] }
        : { orderBy?: AccountGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, AccountGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetAccountGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the Account model
   */
  readonly fields: AccountFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for Account.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__AccountClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    tokens<T extends Account$tokensArgs<ExtArgs> = {}>(args?: Subset<T, Account$tokensArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$TokenPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    memberships<T extends Account$membershipsArgs<ExtArgs> = {}>(args?: Subset<T, Account$membershipsArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$MembershipPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    members<T extends Account$membersArgs<ExtArgs> = {}>(args?: Subset<T, Account$membersArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$MembershipPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    repos<T extends Account$reposArgs<ExtArgs> = {}>(args?: Subset<T, Account$reposArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RepoPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the Account model
   */
  interface AccountFieldRefs {
    readonly id: FieldRef<"Account", 'String'>
    readonly name: FieldRef<"Account", 'String'>
    readonly kind: FieldRef<"Account", 'String'>
    readonly isAdmin: FieldRef<"Account", 'Boolean'>
    readonly createdAt: FieldRef<"Account", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * Account findUnique
   */
  export type AccountFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: AccountSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Account
     */
    omit?: AccountOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AccountInclude<ExtArgs> | null
    /**
     * Filter, which Account to fetch.
     */
    where: AccountWhereUniqueInput
  }

  /**
   * Account findUniqueOrThrow
   */
  export type AccountFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: AccountSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Account
     */
    omit?: AccountOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AccountInclude<ExtArgs> | null
    /**
     * Filter, which Account to fetch.
     */
    where: AccountWhereUniqueInput
  }

  /**
   * Account findFirst
   */
  export type AccountFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: AccountSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Account
     */
    omit?: AccountOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AccountInclude<ExtArgs> | null
    /**
     * Filter, which Account to fetch.
     */
    where?: AccountWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Accounts to fetch.
     */
    orderBy?: AccountOrderByWithRelationInput | AccountOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Accounts.
     */
    cursor?: AccountWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Accounts from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Accounts.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Accounts.
     */
    distinct?: AccountScalarFieldEnum | AccountScalarFieldEnum[]
  }

  /**
   * Account findFirstOrThrow
   */
  export type AccountFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: AccountSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Account
     */
    omit?: AccountOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AccountInclude<ExtArgs> | null
    /**
     * Filter, which Account to fetch.
     */
    where?: AccountWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Accounts to fetch.
     */
    orderBy?: AccountOrderByWithRelationInput | AccountOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Accounts.
     */
    cursor?: AccountWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Accounts from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Accounts.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Accounts.
     */
    distinct?: AccountScalarFieldEnum | AccountScalarFieldEnum[]
  }

  /**
   * Account findMany
   */
  export type AccountFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: AccountSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Account
     */
    omit?: AccountOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AccountInclude<ExtArgs> | null
    /**
     * Filter, which Accounts to fetch.
     */
    where?: AccountWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Accounts to fetch.
     */
    orderBy?: AccountOrderByWithRelationInput | AccountOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing Accounts.
     */
    cursor?: AccountWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Accounts from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Accounts.
     */
    skip?: number
    distinct?: AccountScalarFieldEnum | AccountScalarFieldEnum[]
  }

  /**
   * Account create
   */
  export type AccountCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: AccountSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Account
     */
    omit?: AccountOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AccountInclude<ExtArgs> | null
    /**
     * The data needed to create a Account.
     */
    data: XOR<AccountCreateInput, AccountUncheckedCreateInput>
  }

  /**
   * Account createMany
   */
  export type AccountCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many Accounts.
     */
    data: AccountCreateManyInput | AccountCreateManyInput[]
  }

  /**
   * Account createManyAndReturn
   */
  export type AccountCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: AccountSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Account
     */
    omit?: AccountOmit<ExtArgs> | null
    /**
     * The data used to create many Accounts.
     */
    data: AccountCreateManyInput | AccountCreateManyInput[]
  }

  /**
   * Account update
   */
  export type AccountUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: AccountSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Account
     */
    omit?: AccountOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AccountInclude<ExtArgs> | null
    /**
     * The data needed to update a Account.
     */
    data: XOR<AccountUpdateInput, AccountUncheckedUpdateInput>
    /**
     * Choose, which Account to update.
     */
    where: AccountWhereUniqueInput
  }

  /**
   * Account updateMany
   */
  export type AccountUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update Accounts.
     */
    data: XOR<AccountUpdateManyMutationInput, AccountUncheckedUpdateManyInput>
    /**
     * Filter which Accounts to update
     */
    where?: AccountWhereInput
    /**
     * Limit how many Accounts to update.
     */
    limit?: number
  }

  /**
   * Account updateManyAndReturn
   */
  export type AccountUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: AccountSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Account
     */
    omit?: AccountOmit<ExtArgs> | null
    /**
     * The data used to update Accounts.
     */
    data: XOR<AccountUpdateManyMutationInput, AccountUncheckedUpdateManyInput>
    /**
     * Filter which Accounts to update
     */
    where?: AccountWhereInput
    /**
     * Limit how many Accounts to update.
     */
    limit?: number
  }

  /**
   * Account upsert
   */
  export type AccountUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: AccountSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Account
     */
    omit?: AccountOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AccountInclude<ExtArgs> | null
    /**
     * The filter to search for the Account to update in case it exists.
     */
    where: AccountWhereUniqueInput
    /**
     * In case the Account found by the `where` argument doesn't exist, create a new Account with this data.
     */
    create: XOR<AccountCreateInput, AccountUncheckedCreateInput>
    /**
     * In case the Account was found with the provided `where` argument, update it with this data.
     */
    update: XOR<AccountUpdateInput, AccountUncheckedUpdateInput>
  }

  /**
   * Account delete
   */
  export type AccountDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: AccountSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Account
     */
    omit?: AccountOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AccountInclude<ExtArgs> | null
    /**
     * Filter which Account to delete.
     */
    where: AccountWhereUniqueInput
  }

  /**
   * Account deleteMany
   */
  export type AccountDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Accounts to delete
     */
    where?: AccountWhereInput
    /**
     * Limit how many Accounts to delete.
     */
    limit?: number
  }

  /**
   * Account.tokens
   */
  export type Account$tokensArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Token
     */
    select?: TokenSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Token
     */
    omit?: TokenOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: TokenInclude<ExtArgs> | null
    where?: TokenWhereInput
    orderBy?: TokenOrderByWithRelationInput | TokenOrderByWithRelationInput[]
    cursor?: TokenWhereUniqueInput
    take?: number
    skip?: number
    distinct?: TokenScalarFieldEnum | TokenScalarFieldEnum[]
  }

  /**
   * Account.memberships
   */
  export type Account$membershipsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Membership
     */
    select?: MembershipSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Membership
     */
    omit?: MembershipOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MembershipInclude<ExtArgs> | null
    where?: MembershipWhereInput
    orderBy?: MembershipOrderByWithRelationInput | MembershipOrderByWithRelationInput[]
    cursor?: MembershipWhereUniqueInput
    take?: number
    skip?: number
    distinct?: MembershipScalarFieldEnum | MembershipScalarFieldEnum[]
  }

  /**
   * Account.members
   */
  export type Account$membersArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Membership
     */
    select?: MembershipSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Membership
     */
    omit?: MembershipOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MembershipInclude<ExtArgs> | null
    where?: MembershipWhereInput
    orderBy?: MembershipOrderByWithRelationInput | MembershipOrderByWithRelationInput[]
    cursor?: MembershipWhereUniqueInput
    take?: number
    skip?: number
    distinct?: MembershipScalarFieldEnum | MembershipScalarFieldEnum[]
  }

  /**
   * Account.repos
   */
  export type Account$reposArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Repo
     */
    select?: RepoSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Repo
     */
    omit?: RepoOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RepoInclude<ExtArgs> | null
    where?: RepoWhereInput
    orderBy?: RepoOrderByWithRelationInput | RepoOrderByWithRelationInput[]
    cursor?: RepoWhereUniqueInput
    take?: number
    skip?: number
    distinct?: RepoScalarFieldEnum | RepoScalarFieldEnum[]
  }

  /**
   * Account without action
   */
  export type AccountDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: AccountSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Account
     */
    omit?: AccountOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AccountInclude<ExtArgs> | null
  }


  /**
   * Model Membership
   */

  export type AggregateMembership = {
    _count: MembershipCountAggregateOutputType | null
    _min: MembershipMinAggregateOutputType | null
    _max: MembershipMaxAggregateOutputType | null
  }

  export type MembershipMinAggregateOutputType = {
    orgId: string | null
    userId: string | null
    role: string | null
    createdAt: Date | null
  }

  export type MembershipMaxAggregateOutputType = {
    orgId: string | null
    userId: string | null
    role: string | null
    createdAt: Date | null
  }

  export type MembershipCountAggregateOutputType = {
    orgId: number
    userId: number
    role: number
    createdAt: number
    _all: number
  }


  export type MembershipMinAggregateInputType = {
    orgId?: true
    userId?: true
    role?: true
    createdAt?: true
  }

  export type MembershipMaxAggregateInputType = {
    orgId?: true
    userId?: true
    role?: true
    createdAt?: true
  }

  export type MembershipCountAggregateInputType = {
    orgId?: true
    userId?: true
    role?: true
    createdAt?: true
    _all?: true
  }

  export type MembershipAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Membership to aggregate.
     */
    where?: MembershipWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Memberships to fetch.
     */
    orderBy?: MembershipOrderByWithRelationInput | MembershipOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: MembershipWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Memberships from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Memberships.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned Memberships
    **/
    _count?: true | MembershipCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: MembershipMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: MembershipMaxAggregateInputType
  }

  export type GetMembershipAggregateType<T extends MembershipAggregateArgs> = {
        [P in keyof T & keyof AggregateMembership]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateMembership[P]>
      : GetScalarType<T[P], AggregateMembership[P]>
  }




  export type MembershipGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: MembershipWhereInput
    orderBy?: MembershipOrderByWithAggregationInput | MembershipOrderByWithAggregationInput[]
    by: MembershipScalarFieldEnum[] | MembershipScalarFieldEnum
    having?: MembershipScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: MembershipCountAggregateInputType | true
    _min?: MembershipMinAggregateInputType
    _max?: MembershipMaxAggregateInputType
  }

  export type MembershipGroupByOutputType = {
    orgId: string
    userId: string
    role: string
    createdAt: Date
    _count: MembershipCountAggregateOutputType | null
    _min: MembershipMinAggregateOutputType | null
    _max: MembershipMaxAggregateOutputType | null
  }

  type GetMembershipGroupByPayload<T extends MembershipGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<MembershipGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof MembershipGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], MembershipGroupByOutputType[P]>
            : GetScalarType<T[P], MembershipGroupByOutputType[P]>
        }
      >
    >


  export type MembershipSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    orgId?: boolean
    userId?: boolean
    role?: boolean
    createdAt?: boolean
    org?: boolean | AccountDefaultArgs<ExtArgs>
    user?: boolean | AccountDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["membership"]>

  export type MembershipSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    orgId?: boolean
    userId?: boolean
    role?: boolean
    createdAt?: boolean
    org?: boolean | AccountDefaultArgs<ExtArgs>
    user?: boolean | AccountDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["membership"]>

  export type MembershipSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    orgId?: boolean
    userId?: boolean
    role?: boolean
    createdAt?: boolean
    org?: boolean | AccountDefaultArgs<ExtArgs>
    user?: boolean | AccountDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["membership"]>

  export type MembershipSelectScalar = {
    orgId?: boolean
    userId?: boolean
    role?: boolean
    createdAt?: boolean
  }

  export type MembershipOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"orgId" | "userId" | "role" | "createdAt", ExtArgs["result"]["membership"]>
  export type MembershipInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    org?: boolean | AccountDefaultArgs<ExtArgs>
    user?: boolean | AccountDefaultArgs<ExtArgs>
  }
  export type MembershipIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    org?: boolean | AccountDefaultArgs<ExtArgs>
    user?: boolean | AccountDefaultArgs<ExtArgs>
  }
  export type MembershipIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    org?: boolean | AccountDefaultArgs<ExtArgs>
    user?: boolean | AccountDefaultArgs<ExtArgs>
  }

  export type $MembershipPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "Membership"
    objects: {
      org: Prisma.$AccountPayload<ExtArgs>
      user: Prisma.$AccountPayload<ExtArgs>
    }
    scalars: $Extensions.GetPayloadResult<{
      orgId: string
      userId: string
      role: string
      createdAt: Date
    }, ExtArgs["result"]["membership"]>
    composites: {}
  }

  type MembershipGetPayload<S extends boolean | null | undefined | MembershipDefaultArgs> = $Result.GetResult<Prisma.$MembershipPayload, S>

  type MembershipCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<MembershipFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: MembershipCountAggregateInputType | true
    }

  export interface MembershipDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['Membership'], meta: { name: 'Membership' } }
    /**
     * Find zero or one Membership that matches the filter.
     * @param {MembershipFindUniqueArgs} args - Arguments to find a Membership
     * @example
     * // Get one Membership
     * const membership = await prisma.membership.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends MembershipFindUniqueArgs>(args: SelectSubset<T, MembershipFindUniqueArgs<ExtArgs>>): Prisma__MembershipClient<$Result.GetResult<Prisma.$MembershipPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one Membership that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {MembershipFindUniqueOrThrowArgs} args - Arguments to find a Membership
     * @example
     * // Get one Membership
     * const membership = await prisma.membership.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends MembershipFindUniqueOrThrowArgs>(args: SelectSubset<T, MembershipFindUniqueOrThrowArgs<ExtArgs>>): Prisma__MembershipClient<$Result.GetResult<Prisma.$MembershipPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Membership that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {MembershipFindFirstArgs} args - Arguments to find a Membership
     * @example
     * // Get one Membership
     * const membership = await prisma.membership.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends MembershipFindFirstArgs>(args?: SelectSubset<T, MembershipFindFirstArgs<ExtArgs>>): Prisma__MembershipClient<$Result.GetResult<Prisma.$MembershipPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Membership that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {MembershipFindFirstOrThrowArgs} args - Arguments to find a Membership
     * @example
     * // Get one Membership
     * const membership = await prisma.membership.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends MembershipFindFirstOrThrowArgs>(args?: SelectSubset<T, MembershipFindFirstOrThrowArgs<ExtArgs>>): Prisma__MembershipClient<$Result.GetResult<Prisma.$MembershipPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more Memberships that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {MembershipFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all Memberships
     * const memberships = await prisma.membership.findMany()
     * 
     * // Get first 10 Memberships
     * const memberships = await prisma.membership.findMany({ take: 10 })
     * 
     * // Only select the `orgId`
     * const membershipWithOrgIdOnly = await prisma.membership.findMany({ select: { orgId: true } })
     * 
     */
    findMany<T extends MembershipFindManyArgs>(args?: SelectSubset<T, MembershipFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$MembershipPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a Membership.
     * @param {MembershipCreateArgs} args - Arguments to create a Membership.
     * @example
     * // Create one Membership
     * const Membership = await prisma.membership.create({
     *   data: {
     *     // ... data to create a Membership
     *   }
     * })
     * 
     */
    create<T extends MembershipCreateArgs>(args: SelectSubset<T, MembershipCreateArgs<ExtArgs>>): Prisma__MembershipClient<$Result.GetResult<Prisma.$MembershipPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many Memberships.
     * @param {MembershipCreateManyArgs} args - Arguments to create many Memberships.
     * @example
     * // Create many Memberships
     * const membership = await prisma.membership.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends MembershipCreateManyArgs>(args?: SelectSubset<T, MembershipCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many Memberships and returns the data saved in the database.
     * @param {MembershipCreateManyAndReturnArgs} args - Arguments to create many Memberships.
     * @example
     * // Create many Memberships
     * const membership = await prisma.membership.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many Memberships and only return the `orgId`
     * const membershipWithOrgIdOnly = await prisma.membership.createManyAndReturn({
     *   select: { orgId: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends MembershipCreateManyAndReturnArgs>(args?: SelectSubset<T, MembershipCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$MembershipPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a Membership.
     * @param {MembershipDeleteArgs} args - Arguments to delete one Membership.
     * @example
     * // Delete one Membership
     * const Membership = await prisma.membership.delete({
     *   where: {
     *     // ... filter to delete one Membership
     *   }
     * })
     * 
     */
    delete<T extends MembershipDeleteArgs>(args: SelectSubset<T, MembershipDeleteArgs<ExtArgs>>): Prisma__MembershipClient<$Result.GetResult<Prisma.$MembershipPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one Membership.
     * @param {MembershipUpdateArgs} args - Arguments to update one Membership.
     * @example
     * // Update one Membership
     * const membership = await prisma.membership.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends MembershipUpdateArgs>(args: SelectSubset<T, MembershipUpdateArgs<ExtArgs>>): Prisma__MembershipClient<$Result.GetResult<Prisma.$MembershipPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more Memberships.
     * @param {MembershipDeleteManyArgs} args - Arguments to filter Memberships to delete.
     * @example
     * // Delete a few Memberships
     * const { count } = await prisma.membership.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends MembershipDeleteManyArgs>(args?: SelectSubset<T, MembershipDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Memberships.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {MembershipUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many Memberships
     * const membership = await prisma.membership.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends MembershipUpdateManyArgs>(args: SelectSubset<T, MembershipUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Memberships and returns the data updated in the database.
     * @param {MembershipUpdateManyAndReturnArgs} args - Arguments to update many Memberships.
     * @example
     * // Update many Memberships
     * const membership = await prisma.membership.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more Memberships and only return the `orgId`
     * const membershipWithOrgIdOnly = await prisma.membership.updateManyAndReturn({
     *   select: { orgId: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends MembershipUpdateManyAndReturnArgs>(args: SelectSubset<T, MembershipUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$MembershipPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one Membership.
     * @param {MembershipUpsertArgs} args - Arguments to update or create a Membership.
     * @example
     * // Update or create a Membership
     * const membership = await prisma.membership.upsert({
     *   create: {
     *     // ... data to create a Membership
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the Membership we want to update
     *   }
     * })
     */
    upsert<T extends MembershipUpsertArgs>(args: SelectSubset<T, MembershipUpsertArgs<ExtArgs>>): Prisma__MembershipClient<$Result.GetResult<Prisma.$MembershipPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of Memberships.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {MembershipCountArgs} args - Arguments to filter Memberships to count.
     * @example
     * // Count the number of Memberships
     * const count = await prisma.membership.count({
     *   where: {
     *     // ... the filter for the Memberships we want to count
     *   }
     * })
    **/
    count<T extends MembershipCountArgs>(
      args?: Subset<T, MembershipCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], MembershipCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a Membership.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {MembershipAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends MembershipAggregateArgs>(args: Subset<T, MembershipAggregateArgs>): Prisma.PrismaPromise<GetMembershipAggregateType<T>>

    /**
     * Group by Membership.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {MembershipGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends MembershipGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: MembershipGroupByArgs['orderBy'] }
        : { orderBy?: MembershipGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, MembershipGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetMembershipGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the Membership model
   */
  readonly fields: MembershipFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for Membership.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__MembershipClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    org<T extends AccountDefaultArgs<ExtArgs> = {}>(args?: Subset<T, AccountDefaultArgs<ExtArgs>>): Prisma__AccountClient<$Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    user<T extends AccountDefaultArgs<ExtArgs> = {}>(args?: Subset<T, AccountDefaultArgs<ExtArgs>>): Prisma__AccountClient<$Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the Membership model
   */
  interface MembershipFieldRefs {
    readonly orgId: FieldRef<"Membership", 'String'>
    readonly userId: FieldRef<"Membership", 'String'>
    readonly role: FieldRef<"Membership", 'String'>
    readonly createdAt: FieldRef<"Membership", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * Membership findUnique
   */
  export type MembershipFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Membership
     */
    select?: MembershipSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Membership
     */
    omit?: MembershipOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MembershipInclude<ExtArgs> | null
    /**
     * Filter, which Membership to fetch.
     */
    where: MembershipWhereUniqueInput
  }

  /**
   * Membership findUniqueOrThrow
   */
  export type MembershipFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Membership
     */
    select?: MembershipSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Membership
     */
    omit?: MembershipOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MembershipInclude<ExtArgs> | null
    /**
     * Filter, which Membership to fetch.
     */
    where: MembershipWhereUniqueInput
  }

  /**
   * Membership findFirst
   */
  export type MembershipFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Membership
     */
    select?: MembershipSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Membership
     */
    omit?: MembershipOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MembershipInclude<ExtArgs> | null
    /**
     * Filter, which Membership to fetch.
     */
    where?: MembershipWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Memberships to fetch.
     */
    orderBy?: MembershipOrderByWithRelationInput | MembershipOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Memberships.
     */
    cursor?: MembershipWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Memberships from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Memberships.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Memberships.
     */
    distinct?: MembershipScalarFieldEnum | MembershipScalarFieldEnum[]
  }

  /**
   * Membership findFirstOrThrow
   */
  export type MembershipFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Membership
     */
    select?: MembershipSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Membership
     */
    omit?: MembershipOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MembershipInclude<ExtArgs> | null
    /**
     * Filter, which Membership to fetch.
     */
    where?: MembershipWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Memberships to fetch.
     */
    orderBy?: MembershipOrderByWithRelationInput | MembershipOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Memberships.
     */
    cursor?: MembershipWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Memberships from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Memberships.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Memberships.
     */
    distinct?: MembershipScalarFieldEnum | MembershipScalarFieldEnum[]
  }

  /**
   * Membership findMany
   */
  export type MembershipFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Membership
     */
    select?: MembershipSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Membership
     */
    omit?: MembershipOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MembershipInclude<ExtArgs> | null
    /**
     * Filter, which Memberships to fetch.
     */
    where?: MembershipWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Memberships to fetch.
     */
    orderBy?: MembershipOrderByWithRelationInput | MembershipOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing Memberships.
     */
    cursor?: MembershipWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Memberships from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Memberships.
     */
    skip?: number
    distinct?: MembershipScalarFieldEnum | MembershipScalarFieldEnum[]
  }

  /**
   * Membership create
   */
  export type MembershipCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Membership
     */
    select?: MembershipSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Membership
     */
    omit?: MembershipOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MembershipInclude<ExtArgs> | null
    /**
     * The data needed to create a Membership.
     */
    data: XOR<MembershipCreateInput, MembershipUncheckedCreateInput>
  }

  /**
   * Membership createMany
   */
  export type MembershipCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many Memberships.
     */
    data: MembershipCreateManyInput | MembershipCreateManyInput[]
  }

  /**
   * Membership createManyAndReturn
   */
  export type MembershipCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Membership
     */
    select?: MembershipSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Membership
     */
    omit?: MembershipOmit<ExtArgs> | null
    /**
     * The data used to create many Memberships.
     */
    data: MembershipCreateManyInput | MembershipCreateManyInput[]
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MembershipIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * Membership update
   */
  export type MembershipUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Membership
     */
    select?: MembershipSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Membership
     */
    omit?: MembershipOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MembershipInclude<ExtArgs> | null
    /**
     * The data needed to update a Membership.
     */
    data: XOR<MembershipUpdateInput, MembershipUncheckedUpdateInput>
    /**
     * Choose, which Membership to update.
     */
    where: MembershipWhereUniqueInput
  }

  /**
   * Membership updateMany
   */
  export type MembershipUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update Memberships.
     */
    data: XOR<MembershipUpdateManyMutationInput, MembershipUncheckedUpdateManyInput>
    /**
     * Filter which Memberships to update
     */
    where?: MembershipWhereInput
    /**
     * Limit how many Memberships to update.
     */
    limit?: number
  }

  /**
   * Membership updateManyAndReturn
   */
  export type MembershipUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Membership
     */
    select?: MembershipSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Membership
     */
    omit?: MembershipOmit<ExtArgs> | null
    /**
     * The data used to update Memberships.
     */
    data: XOR<MembershipUpdateManyMutationInput, MembershipUncheckedUpdateManyInput>
    /**
     * Filter which Memberships to update
     */
    where?: MembershipWhereInput
    /**
     * Limit how many Memberships to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MembershipIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * Membership upsert
   */
  export type MembershipUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Membership
     */
    select?: MembershipSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Membership
     */
    omit?: MembershipOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MembershipInclude<ExtArgs> | null
    /**
     * The filter to search for the Membership to update in case it exists.
     */
    where: MembershipWhereUniqueInput
    /**
     * In case the Membership found by the `where` argument doesn't exist, create a new Membership with this data.
     */
    create: XOR<MembershipCreateInput, MembershipUncheckedCreateInput>
    /**
     * In case the Membership was found with the provided `where` argument, update it with this data.
     */
    update: XOR<MembershipUpdateInput, MembershipUncheckedUpdateInput>
  }

  /**
   * Membership delete
   */
  export type MembershipDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Membership
     */
    select?: MembershipSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Membership
     */
    omit?: MembershipOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MembershipInclude<ExtArgs> | null
    /**
     * Filter which Membership to delete.
     */
    where: MembershipWhereUniqueInput
  }

  /**
   * Membership deleteMany
   */
  export type MembershipDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Memberships to delete
     */
    where?: MembershipWhereInput
    /**
     * Limit how many Memberships to delete.
     */
    limit?: number
  }

  /**
   * Membership without action
   */
  export type MembershipDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Membership
     */
    select?: MembershipSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Membership
     */
    omit?: MembershipOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MembershipInclude<ExtArgs> | null
  }


  /**
   * Model Token
   */

  export type AggregateToken = {
    _count: TokenCountAggregateOutputType | null
    _min: TokenMinAggregateOutputType | null
    _max: TokenMaxAggregateOutputType | null
  }

  export type TokenMinAggregateOutputType = {
    id: string | null
    userId: string | null
    hash: string | null
    scope: string | null
    name: string | null
    createdAt: Date | null
    expiresAt: Date | null
    revokedAt: Date | null
    lastUsedAt: Date | null
  }

  export type TokenMaxAggregateOutputType = {
    id: string | null
    userId: string | null
    hash: string | null
    scope: string | null
    name: string | null
    createdAt: Date | null
    expiresAt: Date | null
    revokedAt: Date | null
    lastUsedAt: Date | null
  }

  export type TokenCountAggregateOutputType = {
    id: number
    userId: number
    hash: number
    scope: number
    name: number
    createdAt: number
    expiresAt: number
    revokedAt: number
    lastUsedAt: number
    _all: number
  }


  export type TokenMinAggregateInputType = {
    id?: true
    userId?: true
    hash?: true
    scope?: true
    name?: true
    createdAt?: true
    expiresAt?: true
    revokedAt?: true
    lastUsedAt?: true
  }

  export type TokenMaxAggregateInputType = {
    id?: true
    userId?: true
    hash?: true
    scope?: true
    name?: true
    createdAt?: true
    expiresAt?: true
    revokedAt?: true
    lastUsedAt?: true
  }

  export type TokenCountAggregateInputType = {
    id?: true
    userId?: true
    hash?: true
    scope?: true
    name?: true
    createdAt?: true
    expiresAt?: true
    revokedAt?: true
    lastUsedAt?: true
    _all?: true
  }

  export type TokenAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Token to aggregate.
     */
    where?: TokenWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Tokens to fetch.
     */
    orderBy?: TokenOrderByWithRelationInput | TokenOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: TokenWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Tokens from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Tokens.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned Tokens
    **/
    _count?: true | TokenCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: TokenMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: TokenMaxAggregateInputType
  }

  export type GetTokenAggregateType<T extends TokenAggregateArgs> = {
        [P in keyof T & keyof AggregateToken]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateToken[P]>
      : GetScalarType<T[P], AggregateToken[P]>
  }




  export type TokenGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: TokenWhereInput
    orderBy?: TokenOrderByWithAggregationInput | TokenOrderByWithAggregationInput[]
    by: TokenScalarFieldEnum[] | TokenScalarFieldEnum
    having?: TokenScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: TokenCountAggregateInputType | true
    _min?: TokenMinAggregateInputType
    _max?: TokenMaxAggregateInputType
  }

  export type TokenGroupByOutputType = {
    id: string
    userId: string
    hash: string
    scope: string
    name: string
    createdAt: Date
    expiresAt: Date | null
    revokedAt: Date | null
    lastUsedAt: Date | null
    _count: TokenCountAggregateOutputType | null
    _min: TokenMinAggregateOutputType | null
    _max: TokenMaxAggregateOutputType | null
  }

  type GetTokenGroupByPayload<T extends TokenGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<TokenGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof TokenGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], TokenGroupByOutputType[P]>
            : GetScalarType<T[P], TokenGroupByOutputType[P]>
        }
      >
    >


  export type TokenSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    userId?: boolean
    hash?: boolean
    scope?: boolean
    name?: boolean
    createdAt?: boolean
    expiresAt?: boolean
    revokedAt?: boolean
    lastUsedAt?: boolean
    user?: boolean | AccountDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["token"]>

  export type TokenSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    userId?: boolean
    hash?: boolean
    scope?: boolean
    name?: boolean
    createdAt?: boolean
    expiresAt?: boolean
    revokedAt?: boolean
    lastUsedAt?: boolean
    user?: boolean | AccountDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["token"]>

  export type TokenSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    userId?: boolean
    hash?: boolean
    scope?: boolean
    name?: boolean
    createdAt?: boolean
    expiresAt?: boolean
    revokedAt?: boolean
    lastUsedAt?: boolean
    user?: boolean | AccountDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["token"]>

  export type TokenSelectScalar = {
    id?: boolean
    userId?: boolean
    hash?: boolean
    scope?: boolean
    name?: boolean
    createdAt?: boolean
    expiresAt?: boolean
    revokedAt?: boolean
    lastUsedAt?: boolean
  }

  export type TokenOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "userId" | "hash" | "scope" | "name" | "createdAt" | "expiresAt" | "revokedAt" | "lastUsedAt", ExtArgs["result"]["token"]>
  export type TokenInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    user?: boolean | AccountDefaultArgs<ExtArgs>
  }
  export type TokenIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    user?: boolean | AccountDefaultArgs<ExtArgs>
  }
  export type TokenIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    user?: boolean | AccountDefaultArgs<ExtArgs>
  }

  export type $TokenPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "Token"
    objects: {
      user: Prisma.$AccountPayload<ExtArgs>
    }
    scalars: $Extensions.GetPayloadResult<{
      id: string
      userId: string
      hash: string
      scope: string
      name: string
      createdAt: Date
      expiresAt: Date | null
      revokedAt: Date | null
      lastUsedAt: Date | null
    }, ExtArgs["result"]["token"]>
    composites: {}
  }

  type TokenGetPayload<S extends boolean | null | undefined | TokenDefaultArgs> = $Result.GetResult<Prisma.$TokenPayload, S>

  type TokenCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<TokenFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: TokenCountAggregateInputType | true
    }

  export interface TokenDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['Token'], meta: { name: 'Token' } }
    /**
     * Find zero or one Token that matches the filter.
     * @param {TokenFindUniqueArgs} args - Arguments to find a Token
     * @example
     * // Get one Token
     * const token = await prisma.token.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends TokenFindUniqueArgs>(args: SelectSubset<T, TokenFindUniqueArgs<ExtArgs>>): Prisma__TokenClient<$Result.GetResult<Prisma.$TokenPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one Token that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {TokenFindUniqueOrThrowArgs} args - Arguments to find a Token
     * @example
     * // Get one Token
     * const token = await prisma.token.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends TokenFindUniqueOrThrowArgs>(args: SelectSubset<T, TokenFindUniqueOrThrowArgs<ExtArgs>>): Prisma__TokenClient<$Result.GetResult<Prisma.$TokenPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Token that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {TokenFindFirstArgs} args - Arguments to find a Token
     * @example
     * // Get one Token
     * const token = await prisma.token.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends TokenFindFirstArgs>(args?: SelectSubset<T, TokenFindFirstArgs<ExtArgs>>): Prisma__TokenClient<$Result.GetResult<Prisma.$TokenPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Token that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {TokenFindFirstOrThrowArgs} args - Arguments to find a Token
     * @example
     * // Get one Token
     * const token = await prisma.token.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends TokenFindFirstOrThrowArgs>(args?: SelectSubset<T, TokenFindFirstOrThrowArgs<ExtArgs>>): Prisma__TokenClient<$Result.GetResult<Prisma.$TokenPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more Tokens that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {TokenFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all Tokens
     * const tokens = await prisma.token.findMany()
     * 
     * // Get first 10 Tokens
     * const tokens = await prisma.token.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const tokenWithIdOnly = await prisma.token.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends TokenFindManyArgs>(args?: SelectSubset<T, TokenFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$TokenPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a Token.
     * @param {TokenCreateArgs} args - Arguments to create a Token.
     * @example
     * // Create one Token
     * const Token = await prisma.token.create({
     *   data: {
     *     // ... data to create a Token
     *   }
     * })
     * 
     */
    create<T extends TokenCreateArgs>(args: SelectSubset<T, TokenCreateArgs<ExtArgs>>): Prisma__TokenClient<$Result.GetResult<Prisma.$TokenPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many Tokens.
     * @param {TokenCreateManyArgs} args - Arguments to create many Tokens.
     * @example
     * // Create many Tokens
     * const token = await prisma.token.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends TokenCreateManyArgs>(args?: SelectSubset<T, TokenCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many Tokens and returns the data saved in the database.
     * @param {TokenCreateManyAndReturnArgs} args - Arguments to create many Tokens.
     * @example
     * // Create many Tokens
     * const token = await prisma.token.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many Tokens and only return the `id`
     * const tokenWithIdOnly = await prisma.token.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends TokenCreateManyAndReturnArgs>(args?: SelectSubset<T, TokenCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$TokenPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a Token.
     * @param {TokenDeleteArgs} args - Arguments to delete one Token.
     * @example
     * // Delete one Token
     * const Token = await prisma.token.delete({
     *   where: {
     *     // ... filter to delete one Token
     *   }
     * })
     * 
     */
    delete<T extends TokenDeleteArgs>(args: SelectSubset<T, TokenDeleteArgs<ExtArgs>>): Prisma__TokenClient<$Result.GetResult<Prisma.$TokenPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one Token.
     * @param {TokenUpdateArgs} args - Arguments to update one Token.
     * @example
     * // Update one Token
     * const token = await prisma.token.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends TokenUpdateArgs>(args: SelectSubset<T, TokenUpdateArgs<ExtArgs>>): Prisma__TokenClient<$Result.GetResult<Prisma.$TokenPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more Tokens.
     * @param {TokenDeleteManyArgs} args - Arguments to filter Tokens to delete.
     * @example
     * // Delete a few Tokens
     * const { count } = await prisma.token.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends TokenDeleteManyArgs>(args?: SelectSubset<T, TokenDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Tokens.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {TokenUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many Tokens
     * const token = await prisma.token.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends TokenUpdateManyArgs>(args: SelectSubset<T, TokenUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Tokens and returns the data updated in the database.
     * @param {TokenUpdateManyAndReturnArgs} args - Arguments to update many Tokens.
     * @example
     * // Update many Tokens
     * const token = await prisma.token.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more Tokens and only return the `id`
     * const tokenWithIdOnly = await prisma.token.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends TokenUpdateManyAndReturnArgs>(args: SelectSubset<T, TokenUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$TokenPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one Token.
     * @param {TokenUpsertArgs} args - Arguments to update or create a Token.
     * @example
     * // Update or create a Token
     * const token = await prisma.token.upsert({
     *   create: {
     *     // ... data to create a Token
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the Token we want to update
     *   }
     * })
     */
    upsert<T extends TokenUpsertArgs>(args: SelectSubset<T, TokenUpsertArgs<ExtArgs>>): Prisma__TokenClient<$Result.GetResult<Prisma.$TokenPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of Tokens.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {TokenCountArgs} args - Arguments to filter Tokens to count.
     * @example
     * // Count the number of Tokens
     * const count = await prisma.token.count({
     *   where: {
     *     // ... the filter for the Tokens we want to count
     *   }
     * })
    **/
    count<T extends TokenCountArgs>(
      args?: Subset<T, TokenCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], TokenCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a Token.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {TokenAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends TokenAggregateArgs>(args: Subset<T, TokenAggregateArgs>): Prisma.PrismaPromise<GetTokenAggregateType<T>>

    /**
     * Group by Token.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {TokenGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends TokenGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: TokenGroupByArgs['orderBy'] }
        : { orderBy?: TokenGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, TokenGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetTokenGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the Token model
   */
  readonly fields: TokenFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for Token.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__TokenClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    user<T extends AccountDefaultArgs<ExtArgs> = {}>(args?: Subset<T, AccountDefaultArgs<ExtArgs>>): Prisma__AccountClient<$Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the Token model
   */
  interface TokenFieldRefs {
    readonly id: FieldRef<"Token", 'String'>
    readonly userId: FieldRef<"Token", 'String'>
    readonly hash: FieldRef<"Token", 'String'>
    readonly scope: FieldRef<"Token", 'String'>
    readonly name: FieldRef<"Token", 'String'>
    readonly createdAt: FieldRef<"Token", 'DateTime'>
    readonly expiresAt: FieldRef<"Token", 'DateTime'>
    readonly revokedAt: FieldRef<"Token", 'DateTime'>
    readonly lastUsedAt: FieldRef<"Token", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * Token findUnique
   */
  export type TokenFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Token
     */
    select?: TokenSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Token
     */
    omit?: TokenOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: TokenInclude<ExtArgs> | null
    /**
     * Filter, which Token to fetch.
     */
    where: TokenWhereUniqueInput
  }

  /**
   * Token findUniqueOrThrow
   */
  export type TokenFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Token
     */
    select?: TokenSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Token
     */
    omit?: TokenOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: TokenInclude<ExtArgs> | null
    /**
     * Filter, which Token to fetch.
     */
    where: TokenWhereUniqueInput
  }

  /**
   * Token findFirst
   */
  export type TokenFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Token
     */
    select?: TokenSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Token
     */
    omit?: TokenOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: TokenInclude<ExtArgs> | null
    /**
     * Filter, which Token to fetch.
     */
    where?: TokenWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Tokens to fetch.
     */
    orderBy?: TokenOrderByWithRelationInput | TokenOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Tokens.
     */
    cursor?: TokenWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Tokens from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Tokens.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Tokens.
     */
    distinct?: TokenScalarFieldEnum | TokenScalarFieldEnum[]
  }

  /**
   * Token findFirstOrThrow
   */
  export type TokenFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Token
     */
    select?: TokenSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Token
     */
    omit?: TokenOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: TokenInclude<ExtArgs> | null
    /**
     * Filter, which Token to fetch.
     */
    where?: TokenWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Tokens to fetch.
     */
    orderBy?: TokenOrderByWithRelationInput | TokenOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Tokens.
     */
    cursor?: TokenWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Tokens from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Tokens.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Tokens.
     */
    distinct?: TokenScalarFieldEnum | TokenScalarFieldEnum[]
  }

  /**
   * Token findMany
   */
  export type TokenFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Token
     */
    select?: TokenSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Token
     */
    omit?: TokenOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: TokenInclude<ExtArgs> | null
    /**
     * Filter, which Tokens to fetch.
     */
    where?: TokenWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Tokens to fetch.
     */
    orderBy?: TokenOrderByWithRelationInput | TokenOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing Tokens.
     */
    cursor?: TokenWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Tokens from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Tokens.
     */
    skip?: number
    distinct?: TokenScalarFieldEnum | TokenScalarFieldEnum[]
  }

  /**
   * Token create
   */
  export type TokenCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Token
     */
    select?: TokenSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Token
     */
    omit?: TokenOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: TokenInclude<ExtArgs> | null
    /**
     * The data needed to create a Token.
     */
    data: XOR<TokenCreateInput, TokenUncheckedCreateInput>
  }

  /**
   * Token createMany
   */
  export type TokenCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many Tokens.
     */
    data: TokenCreateManyInput | TokenCreateManyInput[]
  }

  /**
   * Token createManyAndReturn
   */
  export type TokenCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Token
     */
    select?: TokenSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Token
     */
    omit?: TokenOmit<ExtArgs> | null
    /**
     * The data used to create many Tokens.
     */
    data: TokenCreateManyInput | TokenCreateManyInput[]
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: TokenIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * Token update
   */
  export type TokenUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Token
     */
    select?: TokenSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Token
     */
    omit?: TokenOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: TokenInclude<ExtArgs> | null
    /**
     * The data needed to update a Token.
     */
    data: XOR<TokenUpdateInput, TokenUncheckedUpdateInput>
    /**
     * Choose, which Token to update.
     */
    where: TokenWhereUniqueInput
  }

  /**
   * Token updateMany
   */
  export type TokenUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update Tokens.
     */
    data: XOR<TokenUpdateManyMutationInput, TokenUncheckedUpdateManyInput>
    /**
     * Filter which Tokens to update
     */
    where?: TokenWhereInput
    /**
     * Limit how many Tokens to update.
     */
    limit?: number
  }

  /**
   * Token updateManyAndReturn
   */
  export type TokenUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Token
     */
    select?: TokenSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Token
     */
    omit?: TokenOmit<ExtArgs> | null
    /**
     * The data used to update Tokens.
     */
    data: XOR<TokenUpdateManyMutationInput, TokenUncheckedUpdateManyInput>
    /**
     * Filter which Tokens to update
     */
    where?: TokenWhereInput
    /**
     * Limit how many Tokens to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: TokenIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * Token upsert
   */
  export type TokenUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Token
     */
    select?: TokenSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Token
     */
    omit?: TokenOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: TokenInclude<ExtArgs> | null
    /**
     * The filter to search for the Token to update in case it exists.
     */
    where: TokenWhereUniqueInput
    /**
     * In case the Token found by the `where` argument doesn't exist, create a new Token with this data.
     */
    create: XOR<TokenCreateInput, TokenUncheckedCreateInput>
    /**
     * In case the Token was found with the provided `where` argument, update it with this data.
     */
    update: XOR<TokenUpdateInput, TokenUncheckedUpdateInput>
  }

  /**
   * Token delete
   */
  export type TokenDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Token
     */
    select?: TokenSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Token
     */
    omit?: TokenOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: TokenInclude<ExtArgs> | null
    /**
     * Filter which Token to delete.
     */
    where: TokenWhereUniqueInput
  }

  /**
   * Token deleteMany
   */
  export type TokenDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Tokens to delete
     */
    where?: TokenWhereInput
    /**
     * Limit how many Tokens to delete.
     */
    limit?: number
  }

  /**
   * Token without action
   */
  export type TokenDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Token
     */
    select?: TokenSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Token
     */
    omit?: TokenOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: TokenInclude<ExtArgs> | null
  }


  /**
   * Model Repo
   */

  export type AggregateRepo = {
    _count: RepoCountAggregateOutputType | null
    _avg: RepoAvgAggregateOutputType | null
    _sum: RepoSumAggregateOutputType | null
    _min: RepoMinAggregateOutputType | null
    _max: RepoMaxAggregateOutputType | null
  }

  export type RepoAvgAggregateOutputType = {
    downloads: number | null
  }

  export type RepoSumAggregateOutputType = {
    downloads: number | null
  }

  export type RepoMinAggregateOutputType = {
    id: string | null
    ownerId: string | null
    name: string | null
    private: boolean | null
    downloads: number | null
    createdAt: Date | null
    updatedAt: Date | null
    headRevisionId: string | null
    deltaType: string | null
    backboneArchitecture: string | null
    backboneName: string | null
    backboneFingerprint: string | null
    task: string | null
    license: string | null
    tags: string | null
    searchText: string | null
  }

  export type RepoMaxAggregateOutputType = {
    id: string | null
    ownerId: string | null
    name: string | null
    private: boolean | null
    downloads: number | null
    createdAt: Date | null
    updatedAt: Date | null
    headRevisionId: string | null
    deltaType: string | null
    backboneArchitecture: string | null
    backboneName: string | null
    backboneFingerprint: string | null
    task: string | null
    license: string | null
    tags: string | null
    searchText: string | null
  }

  export type RepoCountAggregateOutputType = {
    id: number
    ownerId: number
    name: number
    private: number
    downloads: number
    createdAt: number
    updatedAt: number
    headRevisionId: number
    deltaType: number
    backboneArchitecture: number
    backboneName: number
    backboneFingerprint: number
    task: number
    license: number
    tags: number
    searchText: number
    _all: number
  }


  export type RepoAvgAggregateInputType = {
    downloads?: true
  }

  export type RepoSumAggregateInputType = {
    downloads?: true
  }

  export type RepoMinAggregateInputType = {
    id?: true
    ownerId?: true
    name?: true
    private?: true
    downloads?: true
    createdAt?: true
    updatedAt?: true
    headRevisionId?: true
    deltaType?: true
    backboneArchitecture?: true
    backboneName?: true
    backboneFingerprint?: true
    task?: true
    license?: true
    tags?: true
    searchText?: true
  }

  export type RepoMaxAggregateInputType = {
    id?: true
    ownerId?: true
    name?: true
    private?: true
    downloads?: true
    createdAt?: true
    updatedAt?: true
    headRevisionId?: true
    deltaType?: true
    backboneArchitecture?: true
    backboneName?: true
    backboneFingerprint?: true
    task?: true
    license?: true
    tags?: true
    searchText?: true
  }

  export type RepoCountAggregateInputType = {
    id?: true
    ownerId?: true
    name?: true
    private?: true
    downloads?: true
    createdAt?: true
    updatedAt?: true
    headRevisionId?: true
    deltaType?: true
    backboneArchitecture?: true
    backboneName?: true
    backboneFingerprint?: true
    task?: true
    license?: true
    tags?: true
    searchText?: true
    _all?: true
  }

  export type RepoAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Repo to aggregate.
     */
    where?: RepoWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Repos to fetch.
     */
    orderBy?: RepoOrderByWithRelationInput | RepoOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: RepoWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Repos from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Repos.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned Repos
    **/
    _count?: true | RepoCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to average
    **/
    _avg?: RepoAvgAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to sum
    **/
    _sum?: RepoSumAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: RepoMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: RepoMaxAggregateInputType
  }

  export type GetRepoAggregateType<T extends RepoAggregateArgs> = {
        [P in keyof T & keyof AggregateRepo]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateRepo[P]>
      : GetScalarType<T[P], AggregateRepo[P]>
  }




  export type RepoGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: RepoWhereInput
    orderBy?: RepoOrderByWithAggregationInput | RepoOrderByWithAggregationInput[]
    by: RepoScalarFieldEnum[] | RepoScalarFieldEnum
    having?: RepoScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: RepoCountAggregateInputType | true
    _avg?: RepoAvgAggregateInputType
    _sum?: RepoSumAggregateInputType
    _min?: RepoMinAggregateInputType
    _max?: RepoMaxAggregateInputType
  }

  export type RepoGroupByOutputType = {
    id: string
    ownerId: string
    name: string
    private: boolean
    downloads: number
    createdAt: Date
    updatedAt: Date
    headRevisionId: string | null
    deltaType: string | null
    backboneArchitecture: string | null
    backboneName: string | null
    backboneFingerprint: string | null
    task: string | null
    license: string | null
    tags: string
    searchText: string
    _count: RepoCountAggregateOutputType | null
    _avg: RepoAvgAggregateOutputType | null
    _sum: RepoSumAggregateOutputType | null
    _min: RepoMinAggregateOutputType | null
    _max: RepoMaxAggregateOutputType | null
  }

  type GetRepoGroupByPayload<T extends RepoGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<RepoGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof RepoGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], RepoGroupByOutputType[P]>
            : GetScalarType<T[P], RepoGroupByOutputType[P]>
        }
      >
    >


  export type RepoSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    ownerId?: boolean
    name?: boolean
    private?: boolean
    downloads?: boolean
    createdAt?: boolean
    updatedAt?: boolean
    headRevisionId?: boolean
    deltaType?: boolean
    backboneArchitecture?: boolean
    backboneName?: boolean
    backboneFingerprint?: boolean
    task?: boolean
    license?: boolean
    tags?: boolean
    searchText?: boolean
    owner?: boolean | AccountDefaultArgs<ExtArgs>
    revisions?: boolean | Repo$revisionsArgs<ExtArgs>
    refs?: boolean | Repo$refsArgs<ExtArgs>
    _count?: boolean | RepoCountOutputTypeDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["repo"]>

  export type RepoSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    ownerId?: boolean
    name?: boolean
    private?: boolean
    downloads?: boolean
    createdAt?: boolean
    updatedAt?: boolean
    headRevisionId?: boolean
    deltaType?: boolean
    backboneArchitecture?: boolean
    backboneName?: boolean
    backboneFingerprint?: boolean
    task?: boolean
    license?: boolean
    tags?: boolean
    searchText?: boolean
    owner?: boolean | AccountDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["repo"]>

  export type RepoSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    ownerId?: boolean
    name?: boolean
    private?: boolean
    downloads?: boolean
    createdAt?: boolean
    updatedAt?: boolean
    headRevisionId?: boolean
    deltaType?: boolean
    backboneArchitecture?: boolean
    backboneName?: boolean
    backboneFingerprint?: boolean
    task?: boolean
    license?: boolean
    tags?: boolean
    searchText?: boolean
    owner?: boolean | AccountDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["repo"]>

  export type RepoSelectScalar = {
    id?: boolean
    ownerId?: boolean
    name?: boolean
    private?: boolean
    downloads?: boolean
    createdAt?: boolean
    updatedAt?: boolean
    headRevisionId?: boolean
    deltaType?: boolean
    backboneArchitecture?: boolean
    backboneName?: boolean
    backboneFingerprint?: boolean
    task?: boolean
    license?: boolean
    tags?: boolean
    searchText?: boolean
  }

  export type RepoOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "ownerId" | "name" | "private" | "downloads" | "createdAt" | "updatedAt" | "headRevisionId" | "deltaType" | "backboneArchitecture" | "backboneName" | "backboneFingerprint" | "task" | "license" | "tags" | "searchText", ExtArgs["result"]["repo"]>
  export type RepoInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    owner?: boolean | AccountDefaultArgs<ExtArgs>
    revisions?: boolean | Repo$revisionsArgs<ExtArgs>
    refs?: boolean | Repo$refsArgs<ExtArgs>
    _count?: boolean | RepoCountOutputTypeDefaultArgs<ExtArgs>
  }
  export type RepoIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    owner?: boolean | AccountDefaultArgs<ExtArgs>
  }
  export type RepoIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    owner?: boolean | AccountDefaultArgs<ExtArgs>
  }

  export type $RepoPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "Repo"
    objects: {
      owner: Prisma.$AccountPayload<ExtArgs>
      revisions: Prisma.$RevisionPayload<ExtArgs>[]
      refs: Prisma.$RefPayload<ExtArgs>[]
    }
    scalars: $Extensions.GetPayloadResult<{
      id: string
      ownerId: string
      name: string
      private: boolean
      downloads: number
      createdAt: Date
      updatedAt: Date
      headRevisionId: string | null
      deltaType: string | null
      backboneArchitecture: string | null
      backboneName: string | null
      backboneFingerprint: string | null
      task: string | null
      license: string | null
      tags: string
      searchText: string
    }, ExtArgs["result"]["repo"]>
    composites: {}
  }

  type RepoGetPayload<S extends boolean | null | undefined | RepoDefaultArgs> = $Result.GetResult<Prisma.$RepoPayload, S>

  type RepoCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<RepoFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: RepoCountAggregateInputType | true
    }

  export interface RepoDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['Repo'], meta: { name: 'Repo' } }
    /**
     * Find zero or one Repo that matches the filter.
     * @param {RepoFindUniqueArgs} args - Arguments to find a Repo
     * @example
     * // Get one Repo
     * const repo = await prisma.repo.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends RepoFindUniqueArgs>(args: SelectSubset<T, RepoFindUniqueArgs<ExtArgs>>): Prisma__RepoClient<$Result.GetResult<Prisma.$RepoPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one Repo that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {RepoFindUniqueOrThrowArgs} args - Arguments to find a Repo
     * @example
     * // Get one Repo
     * const repo = await prisma.repo.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends RepoFindUniqueOrThrowArgs>(args: SelectSubset<T, RepoFindUniqueOrThrowArgs<ExtArgs>>): Prisma__RepoClient<$Result.GetResult<Prisma.$RepoPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Repo that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RepoFindFirstArgs} args - Arguments to find a Repo
     * @example
     * // Get one Repo
     * const repo = await prisma.repo.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends RepoFindFirstArgs>(args?: SelectSubset<T, RepoFindFirstArgs<ExtArgs>>): Prisma__RepoClient<$Result.GetResult<Prisma.$RepoPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Repo that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RepoFindFirstOrThrowArgs} args - Arguments to find a Repo
     * @example
     * // Get one Repo
     * const repo = await prisma.repo.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends RepoFindFirstOrThrowArgs>(args?: SelectSubset<T, RepoFindFirstOrThrowArgs<ExtArgs>>): Prisma__RepoClient<$Result.GetResult<Prisma.$RepoPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more Repos that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RepoFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all Repos
     * const repos = await prisma.repo.findMany()
     * 
     * // Get first 10 Repos
     * const repos = await prisma.repo.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const repoWithIdOnly = await prisma.repo.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends RepoFindManyArgs>(args?: SelectSubset<T, RepoFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RepoPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a Repo.
     * @param {RepoCreateArgs} args - Arguments to create a Repo.
     * @example
     * // Create one Repo
     * const Repo = await prisma.repo.create({
     *   data: {
     *     // ... data to create a Repo
     *   }
     * })
     * 
     */
    create<T extends RepoCreateArgs>(args: SelectSubset<T, RepoCreateArgs<ExtArgs>>): Prisma__RepoClient<$Result.GetResult<Prisma.$RepoPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many Repos.
     * @param {RepoCreateManyArgs} args - Arguments to create many Repos.
     * @example
     * // Create many Repos
     * const repo = await prisma.repo.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends RepoCreateManyArgs>(args?: SelectSubset<T, RepoCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many Repos and returns the data saved in the database.
     * @param {RepoCreateManyAndReturnArgs} args - Arguments to create many Repos.
     * @example
     * // Create many Repos
     * const repo = await prisma.repo.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many Repos and only return the `id`
     * const repoWithIdOnly = await prisma.repo.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends RepoCreateManyAndReturnArgs>(args?: SelectSubset<T, RepoCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RepoPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a Repo.
     * @param {RepoDeleteArgs} args - Arguments to delete one Repo.
     * @example
     * // Delete one Repo
     * const Repo = await prisma.repo.delete({
     *   where: {
     *     // ... filter to delete one Repo
     *   }
     * })
     * 
     */
    delete<T extends RepoDeleteArgs>(args: SelectSubset<T, RepoDeleteArgs<ExtArgs>>): Prisma__RepoClient<$Result.GetResult<Prisma.$RepoPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one Repo.
     * @param {RepoUpdateArgs} args - Arguments to update one Repo.
     * @example
     * // Update one Repo
     * const repo = await prisma.repo.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends RepoUpdateArgs>(args: SelectSubset<T, RepoUpdateArgs<ExtArgs>>): Prisma__RepoClient<$Result.GetResult<Prisma.$RepoPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more Repos.
     * @param {RepoDeleteManyArgs} args - Arguments to filter Repos to delete.
     * @example
     * // Delete a few Repos
     * const { count } = await prisma.repo.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends RepoDeleteManyArgs>(args?: SelectSubset<T, RepoDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Repos.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RepoUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many Repos
     * const repo = await prisma.repo.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends RepoUpdateManyArgs>(args: SelectSubset<T, RepoUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Repos and returns the data updated in the database.
     * @param {RepoUpdateManyAndReturnArgs} args - Arguments to update many Repos.
     * @example
     * // Update many Repos
     * const repo = await prisma.repo.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more Repos and only return the `id`
     * const repoWithIdOnly = await prisma.repo.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends RepoUpdateManyAndReturnArgs>(args: SelectSubset<T, RepoUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RepoPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one Repo.
     * @param {RepoUpsertArgs} args - Arguments to update or create a Repo.
     * @example
     * // Update or create a Repo
     * const repo = await prisma.repo.upsert({
     *   create: {
     *     // ... data to create a Repo
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the Repo we want to update
     *   }
     * })
     */
    upsert<T extends RepoUpsertArgs>(args: SelectSubset<T, RepoUpsertArgs<ExtArgs>>): Prisma__RepoClient<$Result.GetResult<Prisma.$RepoPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of Repos.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RepoCountArgs} args - Arguments to filter Repos to count.
     * @example
     * // Count the number of Repos
     * const count = await prisma.repo.count({
     *   where: {
     *     // ... the filter for the Repos we want to count
     *   }
     * })
    **/
    count<T extends RepoCountArgs>(
      args?: Subset<T, RepoCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], RepoCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a Repo.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RepoAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends RepoAggregateArgs>(args: Subset<T, RepoAggregateArgs>): Prisma.PrismaPromise<GetRepoAggregateType<T>>

    /**
     * Group by Repo.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RepoGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends RepoGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: RepoGroupByArgs['orderBy'] }
        : { orderBy?: RepoGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, RepoGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetRepoGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the Repo model
   */
  readonly fields: RepoFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for Repo.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__RepoClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    owner<T extends AccountDefaultArgs<ExtArgs> = {}>(args?: Subset<T, AccountDefaultArgs<ExtArgs>>): Prisma__AccountClient<$Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    revisions<T extends Repo$revisionsArgs<ExtArgs> = {}>(args?: Subset<T, Repo$revisionsArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RevisionPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    refs<T extends Repo$refsArgs<ExtArgs> = {}>(args?: Subset<T, Repo$refsArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RefPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the Repo model
   */
  interface RepoFieldRefs {
    readonly id: FieldRef<"Repo", 'String'>
    readonly ownerId: FieldRef<"Repo", 'String'>
    readonly name: FieldRef<"Repo", 'String'>
    readonly private: FieldRef<"Repo", 'Boolean'>
    readonly downloads: FieldRef<"Repo", 'Int'>
    readonly createdAt: FieldRef<"Repo", 'DateTime'>
    readonly updatedAt: FieldRef<"Repo", 'DateTime'>
    readonly headRevisionId: FieldRef<"Repo", 'String'>
    readonly deltaType: FieldRef<"Repo", 'String'>
    readonly backboneArchitecture: FieldRef<"Repo", 'String'>
    readonly backboneName: FieldRef<"Repo", 'String'>
    readonly backboneFingerprint: FieldRef<"Repo", 'String'>
    readonly task: FieldRef<"Repo", 'String'>
    readonly license: FieldRef<"Repo", 'String'>
    readonly tags: FieldRef<"Repo", 'String'>
    readonly searchText: FieldRef<"Repo", 'String'>
  }
    

  // Custom InputTypes
  /**
   * Repo findUnique
   */
  export type RepoFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Repo
     */
    select?: RepoSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Repo
     */
    omit?: RepoOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RepoInclude<ExtArgs> | null
    /**
     * Filter, which Repo to fetch.
     */
    where: RepoWhereUniqueInput
  }

  /**
   * Repo findUniqueOrThrow
   */
  export type RepoFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Repo
     */
    select?: RepoSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Repo
     */
    omit?: RepoOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RepoInclude<ExtArgs> | null
    /**
     * Filter, which Repo to fetch.
     */
    where: RepoWhereUniqueInput
  }

  /**
   * Repo findFirst
   */
  export type RepoFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Repo
     */
    select?: RepoSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Repo
     */
    omit?: RepoOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RepoInclude<ExtArgs> | null
    /**
     * Filter, which Repo to fetch.
     */
    where?: RepoWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Repos to fetch.
     */
    orderBy?: RepoOrderByWithRelationInput | RepoOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Repos.
     */
    cursor?: RepoWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Repos from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Repos.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Repos.
     */
    distinct?: RepoScalarFieldEnum | RepoScalarFieldEnum[]
  }

  /**
   * Repo findFirstOrThrow
   */
  export type RepoFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Repo
     */
    select?: RepoSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Repo
     */
    omit?: RepoOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RepoInclude<ExtArgs> | null
    /**
     * Filter, which Repo to fetch.
     */
    where?: RepoWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Repos to fetch.
     */
    orderBy?: RepoOrderByWithRelationInput | RepoOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Repos.
     */
    cursor?: RepoWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Repos from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Repos.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Repos.
     */
    distinct?: RepoScalarFieldEnum | RepoScalarFieldEnum[]
  }

  /**
   * Repo findMany
   */
  export type RepoFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Repo
     */
    select?: RepoSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Repo
     */
    omit?: RepoOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RepoInclude<ExtArgs> | null
    /**
     * Filter, which Repos to fetch.
     */
    where?: RepoWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Repos to fetch.
     */
    orderBy?: RepoOrderByWithRelationInput | RepoOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing Repos.
     */
    cursor?: RepoWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Repos from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Repos.
     */
    skip?: number
    distinct?: RepoScalarFieldEnum | RepoScalarFieldEnum[]
  }

  /**
   * Repo create
   */
  export type RepoCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Repo
     */
    select?: RepoSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Repo
     */
    omit?: RepoOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RepoInclude<ExtArgs> | null
    /**
     * The data needed to create a Repo.
     */
    data: XOR<RepoCreateInput, RepoUncheckedCreateInput>
  }

  /**
   * Repo createMany
   */
  export type RepoCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many Repos.
     */
    data: RepoCreateManyInput | RepoCreateManyInput[]
  }

  /**
   * Repo createManyAndReturn
   */
  export type RepoCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Repo
     */
    select?: RepoSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Repo
     */
    omit?: RepoOmit<ExtArgs> | null
    /**
     * The data used to create many Repos.
     */
    data: RepoCreateManyInput | RepoCreateManyInput[]
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RepoIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * Repo update
   */
  export type RepoUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Repo
     */
    select?: RepoSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Repo
     */
    omit?: RepoOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RepoInclude<ExtArgs> | null
    /**
     * The data needed to update a Repo.
     */
    data: XOR<RepoUpdateInput, RepoUncheckedUpdateInput>
    /**
     * Choose, which Repo to update.
     */
    where: RepoWhereUniqueInput
  }

  /**
   * Repo updateMany
   */
  export type RepoUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update Repos.
     */
    data: XOR<RepoUpdateManyMutationInput, RepoUncheckedUpdateManyInput>
    /**
     * Filter which Repos to update
     */
    where?: RepoWhereInput
    /**
     * Limit how many Repos to update.
     */
    limit?: number
  }

  /**
   * Repo updateManyAndReturn
   */
  export type RepoUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Repo
     */
    select?: RepoSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Repo
     */
    omit?: RepoOmit<ExtArgs> | null
    /**
     * The data used to update Repos.
     */
    data: XOR<RepoUpdateManyMutationInput, RepoUncheckedUpdateManyInput>
    /**
     * Filter which Repos to update
     */
    where?: RepoWhereInput
    /**
     * Limit how many Repos to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RepoIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * Repo upsert
   */
  export type RepoUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Repo
     */
    select?: RepoSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Repo
     */
    omit?: RepoOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RepoInclude<ExtArgs> | null
    /**
     * The filter to search for the Repo to update in case it exists.
     */
    where: RepoWhereUniqueInput
    /**
     * In case the Repo found by the `where` argument doesn't exist, create a new Repo with this data.
     */
    create: XOR<RepoCreateInput, RepoUncheckedCreateInput>
    /**
     * In case the Repo was found with the provided `where` argument, update it with this data.
     */
    update: XOR<RepoUpdateInput, RepoUncheckedUpdateInput>
  }

  /**
   * Repo delete
   */
  export type RepoDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Repo
     */
    select?: RepoSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Repo
     */
    omit?: RepoOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RepoInclude<ExtArgs> | null
    /**
     * Filter which Repo to delete.
     */
    where: RepoWhereUniqueInput
  }

  /**
   * Repo deleteMany
   */
  export type RepoDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Repos to delete
     */
    where?: RepoWhereInput
    /**
     * Limit how many Repos to delete.
     */
    limit?: number
  }

  /**
   * Repo.revisions
   */
  export type Repo$revisionsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Revision
     */
    select?: RevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Revision
     */
    omit?: RevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionInclude<ExtArgs> | null
    where?: RevisionWhereInput
    orderBy?: RevisionOrderByWithRelationInput | RevisionOrderByWithRelationInput[]
    cursor?: RevisionWhereUniqueInput
    take?: number
    skip?: number
    distinct?: RevisionScalarFieldEnum | RevisionScalarFieldEnum[]
  }

  /**
   * Repo.refs
   */
  export type Repo$refsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Ref
     */
    select?: RefSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Ref
     */
    omit?: RefOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RefInclude<ExtArgs> | null
    where?: RefWhereInput
    orderBy?: RefOrderByWithRelationInput | RefOrderByWithRelationInput[]
    cursor?: RefWhereUniqueInput
    take?: number
    skip?: number
    distinct?: RefScalarFieldEnum | RefScalarFieldEnum[]
  }

  /**
   * Repo without action
   */
  export type RepoDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Repo
     */
    select?: RepoSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Repo
     */
    omit?: RepoOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RepoInclude<ExtArgs> | null
  }


  /**
   * Model Revision
   */

  export type AggregateRevision = {
    _count: RevisionCountAggregateOutputType | null
    _avg: RevisionAvgAggregateOutputType | null
    _sum: RevisionSumAggregateOutputType | null
    _min: RevisionMinAggregateOutputType | null
    _max: RevisionMaxAggregateOutputType | null
  }

  export type RevisionAvgAggregateOutputType = {
    trainableParameters: number | null
    totalParameters: number | null
  }

  export type RevisionSumAggregateOutputType = {
    trainableParameters: bigint | null
    totalParameters: bigint | null
  }

  export type RevisionMinAggregateOutputType = {
    id: string | null
    repoId: string | null
    parentId: string | null
    message: string | null
    authorId: string | null
    createdAt: Date | null
    deltaType: string | null
    backboneArchitecture: string | null
    backboneModelClass: string | null
    backboneName: string | null
    backboneFingerprint: string | null
    weightsFingerprint: string | null
    modifiedModules: string | null
    trainableParameters: bigint | null
    totalParameters: bigint | null
    task: string | null
    dataset: string | null
    license: string | null
    tags: string | null
    card: string | null
    cardMeta: string | null
    config: string | null
  }

  export type RevisionMaxAggregateOutputType = {
    id: string | null
    repoId: string | null
    parentId: string | null
    message: string | null
    authorId: string | null
    createdAt: Date | null
    deltaType: string | null
    backboneArchitecture: string | null
    backboneModelClass: string | null
    backboneName: string | null
    backboneFingerprint: string | null
    weightsFingerprint: string | null
    modifiedModules: string | null
    trainableParameters: bigint | null
    totalParameters: bigint | null
    task: string | null
    dataset: string | null
    license: string | null
    tags: string | null
    card: string | null
    cardMeta: string | null
    config: string | null
  }

  export type RevisionCountAggregateOutputType = {
    id: number
    repoId: number
    parentId: number
    message: number
    authorId: number
    createdAt: number
    deltaType: number
    backboneArchitecture: number
    backboneModelClass: number
    backboneName: number
    backboneFingerprint: number
    weightsFingerprint: number
    modifiedModules: number
    trainableParameters: number
    totalParameters: number
    task: number
    dataset: number
    license: number
    tags: number
    card: number
    cardMeta: number
    config: number
    _all: number
  }


  export type RevisionAvgAggregateInputType = {
    trainableParameters?: true
    totalParameters?: true
  }

  export type RevisionSumAggregateInputType = {
    trainableParameters?: true
    totalParameters?: true
  }

  export type RevisionMinAggregateInputType = {
    id?: true
    repoId?: true
    parentId?: true
    message?: true
    authorId?: true
    createdAt?: true
    deltaType?: true
    backboneArchitecture?: true
    backboneModelClass?: true
    backboneName?: true
    backboneFingerprint?: true
    weightsFingerprint?: true
    modifiedModules?: true
    trainableParameters?: true
    totalParameters?: true
    task?: true
    dataset?: true
    license?: true
    tags?: true
    card?: true
    cardMeta?: true
    config?: true
  }

  export type RevisionMaxAggregateInputType = {
    id?: true
    repoId?: true
    parentId?: true
    message?: true
    authorId?: true
    createdAt?: true
    deltaType?: true
    backboneArchitecture?: true
    backboneModelClass?: true
    backboneName?: true
    backboneFingerprint?: true
    weightsFingerprint?: true
    modifiedModules?: true
    trainableParameters?: true
    totalParameters?: true
    task?: true
    dataset?: true
    license?: true
    tags?: true
    card?: true
    cardMeta?: true
    config?: true
  }

  export type RevisionCountAggregateInputType = {
    id?: true
    repoId?: true
    parentId?: true
    message?: true
    authorId?: true
    createdAt?: true
    deltaType?: true
    backboneArchitecture?: true
    backboneModelClass?: true
    backboneName?: true
    backboneFingerprint?: true
    weightsFingerprint?: true
    modifiedModules?: true
    trainableParameters?: true
    totalParameters?: true
    task?: true
    dataset?: true
    license?: true
    tags?: true
    card?: true
    cardMeta?: true
    config?: true
    _all?: true
  }

  export type RevisionAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Revision to aggregate.
     */
    where?: RevisionWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Revisions to fetch.
     */
    orderBy?: RevisionOrderByWithRelationInput | RevisionOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: RevisionWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Revisions from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Revisions.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned Revisions
    **/
    _count?: true | RevisionCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to average
    **/
    _avg?: RevisionAvgAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to sum
    **/
    _sum?: RevisionSumAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: RevisionMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: RevisionMaxAggregateInputType
  }

  export type GetRevisionAggregateType<T extends RevisionAggregateArgs> = {
        [P in keyof T & keyof AggregateRevision]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateRevision[P]>
      : GetScalarType<T[P], AggregateRevision[P]>
  }




  export type RevisionGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: RevisionWhereInput
    orderBy?: RevisionOrderByWithAggregationInput | RevisionOrderByWithAggregationInput[]
    by: RevisionScalarFieldEnum[] | RevisionScalarFieldEnum
    having?: RevisionScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: RevisionCountAggregateInputType | true
    _avg?: RevisionAvgAggregateInputType
    _sum?: RevisionSumAggregateInputType
    _min?: RevisionMinAggregateInputType
    _max?: RevisionMaxAggregateInputType
  }

  export type RevisionGroupByOutputType = {
    id: string
    repoId: string
    parentId: string | null
    message: string
    authorId: string
    createdAt: Date
    deltaType: string | null
    backboneArchitecture: string | null
    backboneModelClass: string | null
    backboneName: string | null
    backboneFingerprint: string | null
    weightsFingerprint: string | null
    modifiedModules: string
    trainableParameters: bigint | null
    totalParameters: bigint | null
    task: string | null
    dataset: string | null
    license: string | null
    tags: string
    card: string
    cardMeta: string
    config: string
    _count: RevisionCountAggregateOutputType | null
    _avg: RevisionAvgAggregateOutputType | null
    _sum: RevisionSumAggregateOutputType | null
    _min: RevisionMinAggregateOutputType | null
    _max: RevisionMaxAggregateOutputType | null
  }

  type GetRevisionGroupByPayload<T extends RevisionGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<RevisionGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof RevisionGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], RevisionGroupByOutputType[P]>
            : GetScalarType<T[P], RevisionGroupByOutputType[P]>
        }
      >
    >


  export type RevisionSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    repoId?: boolean
    parentId?: boolean
    message?: boolean
    authorId?: boolean
    createdAt?: boolean
    deltaType?: boolean
    backboneArchitecture?: boolean
    backboneModelClass?: boolean
    backboneName?: boolean
    backboneFingerprint?: boolean
    weightsFingerprint?: boolean
    modifiedModules?: boolean
    trainableParameters?: boolean
    totalParameters?: boolean
    task?: boolean
    dataset?: boolean
    license?: boolean
    tags?: boolean
    card?: boolean
    cardMeta?: boolean
    config?: boolean
    repo?: boolean | RepoDefaultArgs<ExtArgs>
    files?: boolean | Revision$filesArgs<ExtArgs>
    _count?: boolean | RevisionCountOutputTypeDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["revision"]>

  export type RevisionSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    repoId?: boolean
    parentId?: boolean
    message?: boolean
    authorId?: boolean
    createdAt?: boolean
    deltaType?: boolean
    backboneArchitecture?: boolean
    backboneModelClass?: boolean
    backboneName?: boolean
    backboneFingerprint?: boolean
    weightsFingerprint?: boolean
    modifiedModules?: boolean
    trainableParameters?: boolean
    totalParameters?: boolean
    task?: boolean
    dataset?: boolean
    license?: boolean
    tags?: boolean
    card?: boolean
    cardMeta?: boolean
    config?: boolean
    repo?: boolean | RepoDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["revision"]>

  export type RevisionSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    repoId?: boolean
    parentId?: boolean
    message?: boolean
    authorId?: boolean
    createdAt?: boolean
    deltaType?: boolean
    backboneArchitecture?: boolean
    backboneModelClass?: boolean
    backboneName?: boolean
    backboneFingerprint?: boolean
    weightsFingerprint?: boolean
    modifiedModules?: boolean
    trainableParameters?: boolean
    totalParameters?: boolean
    task?: boolean
    dataset?: boolean
    license?: boolean
    tags?: boolean
    card?: boolean
    cardMeta?: boolean
    config?: boolean
    repo?: boolean | RepoDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["revision"]>

  export type RevisionSelectScalar = {
    id?: boolean
    repoId?: boolean
    parentId?: boolean
    message?: boolean
    authorId?: boolean
    createdAt?: boolean
    deltaType?: boolean
    backboneArchitecture?: boolean
    backboneModelClass?: boolean
    backboneName?: boolean
    backboneFingerprint?: boolean
    weightsFingerprint?: boolean
    modifiedModules?: boolean
    trainableParameters?: boolean
    totalParameters?: boolean
    task?: boolean
    dataset?: boolean
    license?: boolean
    tags?: boolean
    card?: boolean
    cardMeta?: boolean
    config?: boolean
  }

  export type RevisionOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "repoId" | "parentId" | "message" | "authorId" | "createdAt" | "deltaType" | "backboneArchitecture" | "backboneModelClass" | "backboneName" | "backboneFingerprint" | "weightsFingerprint" | "modifiedModules" | "trainableParameters" | "totalParameters" | "task" | "dataset" | "license" | "tags" | "card" | "cardMeta" | "config", ExtArgs["result"]["revision"]>
  export type RevisionInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    repo?: boolean | RepoDefaultArgs<ExtArgs>
    files?: boolean | Revision$filesArgs<ExtArgs>
    _count?: boolean | RevisionCountOutputTypeDefaultArgs<ExtArgs>
  }
  export type RevisionIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    repo?: boolean | RepoDefaultArgs<ExtArgs>
  }
  export type RevisionIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    repo?: boolean | RepoDefaultArgs<ExtArgs>
  }

  export type $RevisionPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "Revision"
    objects: {
      repo: Prisma.$RepoPayload<ExtArgs>
      files: Prisma.$RevisionFilePayload<ExtArgs>[]
    }
    scalars: $Extensions.GetPayloadResult<{
      id: string
      repoId: string
      parentId: string | null
      message: string
      authorId: string
      createdAt: Date
      deltaType: string | null
      backboneArchitecture: string | null
      backboneModelClass: string | null
      backboneName: string | null
      backboneFingerprint: string | null
      weightsFingerprint: string | null
      modifiedModules: string
      trainableParameters: bigint | null
      totalParameters: bigint | null
      task: string | null
      dataset: string | null
      license: string | null
      tags: string
      card: string
      cardMeta: string
      config: string
    }, ExtArgs["result"]["revision"]>
    composites: {}
  }

  type RevisionGetPayload<S extends boolean | null | undefined | RevisionDefaultArgs> = $Result.GetResult<Prisma.$RevisionPayload, S>

  type RevisionCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<RevisionFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: RevisionCountAggregateInputType | true
    }

  export interface RevisionDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['Revision'], meta: { name: 'Revision' } }
    /**
     * Find zero or one Revision that matches the filter.
     * @param {RevisionFindUniqueArgs} args - Arguments to find a Revision
     * @example
     * // Get one Revision
     * const revision = await prisma.revision.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends RevisionFindUniqueArgs>(args: SelectSubset<T, RevisionFindUniqueArgs<ExtArgs>>): Prisma__RevisionClient<$Result.GetResult<Prisma.$RevisionPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one Revision that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {RevisionFindUniqueOrThrowArgs} args - Arguments to find a Revision
     * @example
     * // Get one Revision
     * const revision = await prisma.revision.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends RevisionFindUniqueOrThrowArgs>(args: SelectSubset<T, RevisionFindUniqueOrThrowArgs<ExtArgs>>): Prisma__RevisionClient<$Result.GetResult<Prisma.$RevisionPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Revision that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RevisionFindFirstArgs} args - Arguments to find a Revision
     * @example
     * // Get one Revision
     * const revision = await prisma.revision.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends RevisionFindFirstArgs>(args?: SelectSubset<T, RevisionFindFirstArgs<ExtArgs>>): Prisma__RevisionClient<$Result.GetResult<Prisma.$RevisionPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Revision that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RevisionFindFirstOrThrowArgs} args - Arguments to find a Revision
     * @example
     * // Get one Revision
     * const revision = await prisma.revision.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends RevisionFindFirstOrThrowArgs>(args?: SelectSubset<T, RevisionFindFirstOrThrowArgs<ExtArgs>>): Prisma__RevisionClient<$Result.GetResult<Prisma.$RevisionPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more Revisions that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RevisionFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all Revisions
     * const revisions = await prisma.revision.findMany()
     * 
     * // Get first 10 Revisions
     * const revisions = await prisma.revision.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const revisionWithIdOnly = await prisma.revision.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends RevisionFindManyArgs>(args?: SelectSubset<T, RevisionFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RevisionPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a Revision.
     * @param {RevisionCreateArgs} args - Arguments to create a Revision.
     * @example
     * // Create one Revision
     * const Revision = await prisma.revision.create({
     *   data: {
     *     // ... data to create a Revision
     *   }
     * })
     * 
     */
    create<T extends RevisionCreateArgs>(args: SelectSubset<T, RevisionCreateArgs<ExtArgs>>): Prisma__RevisionClient<$Result.GetResult<Prisma.$RevisionPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many Revisions.
     * @param {RevisionCreateManyArgs} args - Arguments to create many Revisions.
     * @example
     * // Create many Revisions
     * const revision = await prisma.revision.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends RevisionCreateManyArgs>(args?: SelectSubset<T, RevisionCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many Revisions and returns the data saved in the database.
     * @param {RevisionCreateManyAndReturnArgs} args - Arguments to create many Revisions.
     * @example
     * // Create many Revisions
     * const revision = await prisma.revision.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many Revisions and only return the `id`
     * const revisionWithIdOnly = await prisma.revision.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends RevisionCreateManyAndReturnArgs>(args?: SelectSubset<T, RevisionCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RevisionPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a Revision.
     * @param {RevisionDeleteArgs} args - Arguments to delete one Revision.
     * @example
     * // Delete one Revision
     * const Revision = await prisma.revision.delete({
     *   where: {
     *     // ... filter to delete one Revision
     *   }
     * })
     * 
     */
    delete<T extends RevisionDeleteArgs>(args: SelectSubset<T, RevisionDeleteArgs<ExtArgs>>): Prisma__RevisionClient<$Result.GetResult<Prisma.$RevisionPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one Revision.
     * @param {RevisionUpdateArgs} args - Arguments to update one Revision.
     * @example
     * // Update one Revision
     * const revision = await prisma.revision.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends RevisionUpdateArgs>(args: SelectSubset<T, RevisionUpdateArgs<ExtArgs>>): Prisma__RevisionClient<$Result.GetResult<Prisma.$RevisionPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more Revisions.
     * @param {RevisionDeleteManyArgs} args - Arguments to filter Revisions to delete.
     * @example
     * // Delete a few Revisions
     * const { count } = await prisma.revision.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends RevisionDeleteManyArgs>(args?: SelectSubset<T, RevisionDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Revisions.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RevisionUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many Revisions
     * const revision = await prisma.revision.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends RevisionUpdateManyArgs>(args: SelectSubset<T, RevisionUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Revisions and returns the data updated in the database.
     * @param {RevisionUpdateManyAndReturnArgs} args - Arguments to update many Revisions.
     * @example
     * // Update many Revisions
     * const revision = await prisma.revision.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more Revisions and only return the `id`
     * const revisionWithIdOnly = await prisma.revision.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends RevisionUpdateManyAndReturnArgs>(args: SelectSubset<T, RevisionUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RevisionPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one Revision.
     * @param {RevisionUpsertArgs} args - Arguments to update or create a Revision.
     * @example
     * // Update or create a Revision
     * const revision = await prisma.revision.upsert({
     *   create: {
     *     // ... data to create a Revision
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the Revision we want to update
     *   }
     * })
     */
    upsert<T extends RevisionUpsertArgs>(args: SelectSubset<T, RevisionUpsertArgs<ExtArgs>>): Prisma__RevisionClient<$Result.GetResult<Prisma.$RevisionPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of Revisions.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RevisionCountArgs} args - Arguments to filter Revisions to count.
     * @example
     * // Count the number of Revisions
     * const count = await prisma.revision.count({
     *   where: {
     *     // ... the filter for the Revisions we want to count
     *   }
     * })
    **/
    count<T extends RevisionCountArgs>(
      args?: Subset<T, RevisionCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], RevisionCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a Revision.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RevisionAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends RevisionAggregateArgs>(args: Subset<T, RevisionAggregateArgs>): Prisma.PrismaPromise<GetRevisionAggregateType<T>>

    /**
     * Group by Revision.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RevisionGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends RevisionGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: RevisionGroupByArgs['orderBy'] }
        : { orderBy?: RevisionGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, RevisionGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetRevisionGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the Revision model
   */
  readonly fields: RevisionFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for Revision.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__RevisionClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    repo<T extends RepoDefaultArgs<ExtArgs> = {}>(args?: Subset<T, RepoDefaultArgs<ExtArgs>>): Prisma__RepoClient<$Result.GetResult<Prisma.$RepoPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    files<T extends Revision$filesArgs<ExtArgs> = {}>(args?: Subset<T, Revision$filesArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RevisionFilePayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the Revision model
   */
  interface RevisionFieldRefs {
    readonly id: FieldRef<"Revision", 'String'>
    readonly repoId: FieldRef<"Revision", 'String'>
    readonly parentId: FieldRef<"Revision", 'String'>
    readonly message: FieldRef<"Revision", 'String'>
    readonly authorId: FieldRef<"Revision", 'String'>
    readonly createdAt: FieldRef<"Revision", 'DateTime'>
    readonly deltaType: FieldRef<"Revision", 'String'>
    readonly backboneArchitecture: FieldRef<"Revision", 'String'>
    readonly backboneModelClass: FieldRef<"Revision", 'String'>
    readonly backboneName: FieldRef<"Revision", 'String'>
    readonly backboneFingerprint: FieldRef<"Revision", 'String'>
    readonly weightsFingerprint: FieldRef<"Revision", 'String'>
    readonly modifiedModules: FieldRef<"Revision", 'String'>
    readonly trainableParameters: FieldRef<"Revision", 'BigInt'>
    readonly totalParameters: FieldRef<"Revision", 'BigInt'>
    readonly task: FieldRef<"Revision", 'String'>
    readonly dataset: FieldRef<"Revision", 'String'>
    readonly license: FieldRef<"Revision", 'String'>
    readonly tags: FieldRef<"Revision", 'String'>
    readonly card: FieldRef<"Revision", 'String'>
    readonly cardMeta: FieldRef<"Revision", 'String'>
    readonly config: FieldRef<"Revision", 'String'>
  }
    

  // Custom InputTypes
  /**
   * Revision findUnique
   */
  export type RevisionFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Revision
     */
    select?: RevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Revision
     */
    omit?: RevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionInclude<ExtArgs> | null
    /**
     * Filter, which Revision to fetch.
     */
    where: RevisionWhereUniqueInput
  }

  /**
   * Revision findUniqueOrThrow
   */
  export type RevisionFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Revision
     */
    select?: RevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Revision
     */
    omit?: RevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionInclude<ExtArgs> | null
    /**
     * Filter, which Revision to fetch.
     */
    where: RevisionWhereUniqueInput
  }

  /**
   * Revision findFirst
   */
  export type RevisionFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Revision
     */
    select?: RevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Revision
     */
    omit?: RevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionInclude<ExtArgs> | null
    /**
     * Filter, which Revision to fetch.
     */
    where?: RevisionWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Revisions to fetch.
     */
    orderBy?: RevisionOrderByWithRelationInput | RevisionOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Revisions.
     */
    cursor?: RevisionWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Revisions from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Revisions.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Revisions.
     */
    distinct?: RevisionScalarFieldEnum | RevisionScalarFieldEnum[]
  }

  /**
   * Revision findFirstOrThrow
   */
  export type RevisionFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Revision
     */
    select?: RevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Revision
     */
    omit?: RevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionInclude<ExtArgs> | null
    /**
     * Filter, which Revision to fetch.
     */
    where?: RevisionWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Revisions to fetch.
     */
    orderBy?: RevisionOrderByWithRelationInput | RevisionOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Revisions.
     */
    cursor?: RevisionWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Revisions from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Revisions.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Revisions.
     */
    distinct?: RevisionScalarFieldEnum | RevisionScalarFieldEnum[]
  }

  /**
   * Revision findMany
   */
  export type RevisionFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Revision
     */
    select?: RevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Revision
     */
    omit?: RevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionInclude<ExtArgs> | null
    /**
     * Filter, which Revisions to fetch.
     */
    where?: RevisionWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Revisions to fetch.
     */
    orderBy?: RevisionOrderByWithRelationInput | RevisionOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing Revisions.
     */
    cursor?: RevisionWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Revisions from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Revisions.
     */
    skip?: number
    distinct?: RevisionScalarFieldEnum | RevisionScalarFieldEnum[]
  }

  /**
   * Revision create
   */
  export type RevisionCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Revision
     */
    select?: RevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Revision
     */
    omit?: RevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionInclude<ExtArgs> | null
    /**
     * The data needed to create a Revision.
     */
    data: XOR<RevisionCreateInput, RevisionUncheckedCreateInput>
  }

  /**
   * Revision createMany
   */
  export type RevisionCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many Revisions.
     */
    data: RevisionCreateManyInput | RevisionCreateManyInput[]
  }

  /**
   * Revision createManyAndReturn
   */
  export type RevisionCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Revision
     */
    select?: RevisionSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Revision
     */
    omit?: RevisionOmit<ExtArgs> | null
    /**
     * The data used to create many Revisions.
     */
    data: RevisionCreateManyInput | RevisionCreateManyInput[]
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * Revision update
   */
  export type RevisionUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Revision
     */
    select?: RevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Revision
     */
    omit?: RevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionInclude<ExtArgs> | null
    /**
     * The data needed to update a Revision.
     */
    data: XOR<RevisionUpdateInput, RevisionUncheckedUpdateInput>
    /**
     * Choose, which Revision to update.
     */
    where: RevisionWhereUniqueInput
  }

  /**
   * Revision updateMany
   */
  export type RevisionUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update Revisions.
     */
    data: XOR<RevisionUpdateManyMutationInput, RevisionUncheckedUpdateManyInput>
    /**
     * Filter which Revisions to update
     */
    where?: RevisionWhereInput
    /**
     * Limit how many Revisions to update.
     */
    limit?: number
  }

  /**
   * Revision updateManyAndReturn
   */
  export type RevisionUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Revision
     */
    select?: RevisionSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Revision
     */
    omit?: RevisionOmit<ExtArgs> | null
    /**
     * The data used to update Revisions.
     */
    data: XOR<RevisionUpdateManyMutationInput, RevisionUncheckedUpdateManyInput>
    /**
     * Filter which Revisions to update
     */
    where?: RevisionWhereInput
    /**
     * Limit how many Revisions to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * Revision upsert
   */
  export type RevisionUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Revision
     */
    select?: RevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Revision
     */
    omit?: RevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionInclude<ExtArgs> | null
    /**
     * The filter to search for the Revision to update in case it exists.
     */
    where: RevisionWhereUniqueInput
    /**
     * In case the Revision found by the `where` argument doesn't exist, create a new Revision with this data.
     */
    create: XOR<RevisionCreateInput, RevisionUncheckedCreateInput>
    /**
     * In case the Revision was found with the provided `where` argument, update it with this data.
     */
    update: XOR<RevisionUpdateInput, RevisionUncheckedUpdateInput>
  }

  /**
   * Revision delete
   */
  export type RevisionDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Revision
     */
    select?: RevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Revision
     */
    omit?: RevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionInclude<ExtArgs> | null
    /**
     * Filter which Revision to delete.
     */
    where: RevisionWhereUniqueInput
  }

  /**
   * Revision deleteMany
   */
  export type RevisionDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Revisions to delete
     */
    where?: RevisionWhereInput
    /**
     * Limit how many Revisions to delete.
     */
    limit?: number
  }

  /**
   * Revision.files
   */
  export type Revision$filesArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RevisionFile
     */
    select?: RevisionFileSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RevisionFile
     */
    omit?: RevisionFileOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionFileInclude<ExtArgs> | null
    where?: RevisionFileWhereInput
    orderBy?: RevisionFileOrderByWithRelationInput | RevisionFileOrderByWithRelationInput[]
    cursor?: RevisionFileWhereUniqueInput
    take?: number
    skip?: number
    distinct?: RevisionFileScalarFieldEnum | RevisionFileScalarFieldEnum[]
  }

  /**
   * Revision without action
   */
  export type RevisionDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Revision
     */
    select?: RevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Revision
     */
    omit?: RevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionInclude<ExtArgs> | null
  }


  /**
   * Model RevisionFile
   */

  export type AggregateRevisionFile = {
    _count: RevisionFileCountAggregateOutputType | null
    _avg: RevisionFileAvgAggregateOutputType | null
    _sum: RevisionFileSumAggregateOutputType | null
    _min: RevisionFileMinAggregateOutputType | null
    _max: RevisionFileMaxAggregateOutputType | null
  }

  export type RevisionFileAvgAggregateOutputType = {
    size: number | null
  }

  export type RevisionFileSumAggregateOutputType = {
    size: bigint | null
  }

  export type RevisionFileMinAggregateOutputType = {
    revisionId: string | null
    path: string | null
    sha256: string | null
    size: bigint | null
  }

  export type RevisionFileMaxAggregateOutputType = {
    revisionId: string | null
    path: string | null
    sha256: string | null
    size: bigint | null
  }

  export type RevisionFileCountAggregateOutputType = {
    revisionId: number
    path: number
    sha256: number
    size: number
    _all: number
  }


  export type RevisionFileAvgAggregateInputType = {
    size?: true
  }

  export type RevisionFileSumAggregateInputType = {
    size?: true
  }

  export type RevisionFileMinAggregateInputType = {
    revisionId?: true
    path?: true
    sha256?: true
    size?: true
  }

  export type RevisionFileMaxAggregateInputType = {
    revisionId?: true
    path?: true
    sha256?: true
    size?: true
  }

  export type RevisionFileCountAggregateInputType = {
    revisionId?: true
    path?: true
    sha256?: true
    size?: true
    _all?: true
  }

  export type RevisionFileAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which RevisionFile to aggregate.
     */
    where?: RevisionFileWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of RevisionFiles to fetch.
     */
    orderBy?: RevisionFileOrderByWithRelationInput | RevisionFileOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: RevisionFileWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` RevisionFiles from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` RevisionFiles.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned RevisionFiles
    **/
    _count?: true | RevisionFileCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to average
    **/
    _avg?: RevisionFileAvgAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to sum
    **/
    _sum?: RevisionFileSumAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: RevisionFileMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: RevisionFileMaxAggregateInputType
  }

  export type GetRevisionFileAggregateType<T extends RevisionFileAggregateArgs> = {
        [P in keyof T & keyof AggregateRevisionFile]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateRevisionFile[P]>
      : GetScalarType<T[P], AggregateRevisionFile[P]>
  }




  export type RevisionFileGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: RevisionFileWhereInput
    orderBy?: RevisionFileOrderByWithAggregationInput | RevisionFileOrderByWithAggregationInput[]
    by: RevisionFileScalarFieldEnum[] | RevisionFileScalarFieldEnum
    having?: RevisionFileScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: RevisionFileCountAggregateInputType | true
    _avg?: RevisionFileAvgAggregateInputType
    _sum?: RevisionFileSumAggregateInputType
    _min?: RevisionFileMinAggregateInputType
    _max?: RevisionFileMaxAggregateInputType
  }

  export type RevisionFileGroupByOutputType = {
    revisionId: string
    path: string
    sha256: string
    size: bigint
    _count: RevisionFileCountAggregateOutputType | null
    _avg: RevisionFileAvgAggregateOutputType | null
    _sum: RevisionFileSumAggregateOutputType | null
    _min: RevisionFileMinAggregateOutputType | null
    _max: RevisionFileMaxAggregateOutputType | null
  }

  type GetRevisionFileGroupByPayload<T extends RevisionFileGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<RevisionFileGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof RevisionFileGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], RevisionFileGroupByOutputType[P]>
            : GetScalarType<T[P], RevisionFileGroupByOutputType[P]>
        }
      >
    >


  export type RevisionFileSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    revisionId?: boolean
    path?: boolean
    sha256?: boolean
    size?: boolean
    revision?: boolean | RevisionDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["revisionFile"]>

  export type RevisionFileSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    revisionId?: boolean
    path?: boolean
    sha256?: boolean
    size?: boolean
    revision?: boolean | RevisionDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["revisionFile"]>

  export type RevisionFileSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    revisionId?: boolean
    path?: boolean
    sha256?: boolean
    size?: boolean
    revision?: boolean | RevisionDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["revisionFile"]>

  export type RevisionFileSelectScalar = {
    revisionId?: boolean
    path?: boolean
    sha256?: boolean
    size?: boolean
  }

  export type RevisionFileOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"revisionId" | "path" | "sha256" | "size", ExtArgs["result"]["revisionFile"]>
  export type RevisionFileInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    revision?: boolean | RevisionDefaultArgs<ExtArgs>
  }
  export type RevisionFileIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    revision?: boolean | RevisionDefaultArgs<ExtArgs>
  }
  export type RevisionFileIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    revision?: boolean | RevisionDefaultArgs<ExtArgs>
  }

  export type $RevisionFilePayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "RevisionFile"
    objects: {
      revision: Prisma.$RevisionPayload<ExtArgs>
    }
    scalars: $Extensions.GetPayloadResult<{
      revisionId: string
      path: string
      sha256: string
      size: bigint
    }, ExtArgs["result"]["revisionFile"]>
    composites: {}
  }

  type RevisionFileGetPayload<S extends boolean | null | undefined | RevisionFileDefaultArgs> = $Result.GetResult<Prisma.$RevisionFilePayload, S>

  type RevisionFileCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<RevisionFileFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: RevisionFileCountAggregateInputType | true
    }

  export interface RevisionFileDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['RevisionFile'], meta: { name: 'RevisionFile' } }
    /**
     * Find zero or one RevisionFile that matches the filter.
     * @param {RevisionFileFindUniqueArgs} args - Arguments to find a RevisionFile
     * @example
     * // Get one RevisionFile
     * const revisionFile = await prisma.revisionFile.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends RevisionFileFindUniqueArgs>(args: SelectSubset<T, RevisionFileFindUniqueArgs<ExtArgs>>): Prisma__RevisionFileClient<$Result.GetResult<Prisma.$RevisionFilePayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one RevisionFile that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {RevisionFileFindUniqueOrThrowArgs} args - Arguments to find a RevisionFile
     * @example
     * // Get one RevisionFile
     * const revisionFile = await prisma.revisionFile.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends RevisionFileFindUniqueOrThrowArgs>(args: SelectSubset<T, RevisionFileFindUniqueOrThrowArgs<ExtArgs>>): Prisma__RevisionFileClient<$Result.GetResult<Prisma.$RevisionFilePayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first RevisionFile that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RevisionFileFindFirstArgs} args - Arguments to find a RevisionFile
     * @example
     * // Get one RevisionFile
     * const revisionFile = await prisma.revisionFile.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends RevisionFileFindFirstArgs>(args?: SelectSubset<T, RevisionFileFindFirstArgs<ExtArgs>>): Prisma__RevisionFileClient<$Result.GetResult<Prisma.$RevisionFilePayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first RevisionFile that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RevisionFileFindFirstOrThrowArgs} args - Arguments to find a RevisionFile
     * @example
     * // Get one RevisionFile
     * const revisionFile = await prisma.revisionFile.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends RevisionFileFindFirstOrThrowArgs>(args?: SelectSubset<T, RevisionFileFindFirstOrThrowArgs<ExtArgs>>): Prisma__RevisionFileClient<$Result.GetResult<Prisma.$RevisionFilePayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more RevisionFiles that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RevisionFileFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all RevisionFiles
     * const revisionFiles = await prisma.revisionFile.findMany()
     * 
     * // Get first 10 RevisionFiles
     * const revisionFiles = await prisma.revisionFile.findMany({ take: 10 })
     * 
     * // Only select the `revisionId`
     * const revisionFileWithRevisionIdOnly = await prisma.revisionFile.findMany({ select: { revisionId: true } })
     * 
     */
    findMany<T extends RevisionFileFindManyArgs>(args?: SelectSubset<T, RevisionFileFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RevisionFilePayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a RevisionFile.
     * @param {RevisionFileCreateArgs} args - Arguments to create a RevisionFile.
     * @example
     * // Create one RevisionFile
     * const RevisionFile = await prisma.revisionFile.create({
     *   data: {
     *     // ... data to create a RevisionFile
     *   }
     * })
     * 
     */
    create<T extends RevisionFileCreateArgs>(args: SelectSubset<T, RevisionFileCreateArgs<ExtArgs>>): Prisma__RevisionFileClient<$Result.GetResult<Prisma.$RevisionFilePayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many RevisionFiles.
     * @param {RevisionFileCreateManyArgs} args - Arguments to create many RevisionFiles.
     * @example
     * // Create many RevisionFiles
     * const revisionFile = await prisma.revisionFile.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends RevisionFileCreateManyArgs>(args?: SelectSubset<T, RevisionFileCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many RevisionFiles and returns the data saved in the database.
     * @param {RevisionFileCreateManyAndReturnArgs} args - Arguments to create many RevisionFiles.
     * @example
     * // Create many RevisionFiles
     * const revisionFile = await prisma.revisionFile.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many RevisionFiles and only return the `revisionId`
     * const revisionFileWithRevisionIdOnly = await prisma.revisionFile.createManyAndReturn({
     *   select: { revisionId: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends RevisionFileCreateManyAndReturnArgs>(args?: SelectSubset<T, RevisionFileCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RevisionFilePayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a RevisionFile.
     * @param {RevisionFileDeleteArgs} args - Arguments to delete one RevisionFile.
     * @example
     * // Delete one RevisionFile
     * const RevisionFile = await prisma.revisionFile.delete({
     *   where: {
     *     // ... filter to delete one RevisionFile
     *   }
     * })
     * 
     */
    delete<T extends RevisionFileDeleteArgs>(args: SelectSubset<T, RevisionFileDeleteArgs<ExtArgs>>): Prisma__RevisionFileClient<$Result.GetResult<Prisma.$RevisionFilePayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one RevisionFile.
     * @param {RevisionFileUpdateArgs} args - Arguments to update one RevisionFile.
     * @example
     * // Update one RevisionFile
     * const revisionFile = await prisma.revisionFile.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends RevisionFileUpdateArgs>(args: SelectSubset<T, RevisionFileUpdateArgs<ExtArgs>>): Prisma__RevisionFileClient<$Result.GetResult<Prisma.$RevisionFilePayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more RevisionFiles.
     * @param {RevisionFileDeleteManyArgs} args - Arguments to filter RevisionFiles to delete.
     * @example
     * // Delete a few RevisionFiles
     * const { count } = await prisma.revisionFile.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends RevisionFileDeleteManyArgs>(args?: SelectSubset<T, RevisionFileDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more RevisionFiles.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RevisionFileUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many RevisionFiles
     * const revisionFile = await prisma.revisionFile.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends RevisionFileUpdateManyArgs>(args: SelectSubset<T, RevisionFileUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more RevisionFiles and returns the data updated in the database.
     * @param {RevisionFileUpdateManyAndReturnArgs} args - Arguments to update many RevisionFiles.
     * @example
     * // Update many RevisionFiles
     * const revisionFile = await prisma.revisionFile.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more RevisionFiles and only return the `revisionId`
     * const revisionFileWithRevisionIdOnly = await prisma.revisionFile.updateManyAndReturn({
     *   select: { revisionId: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends RevisionFileUpdateManyAndReturnArgs>(args: SelectSubset<T, RevisionFileUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RevisionFilePayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one RevisionFile.
     * @param {RevisionFileUpsertArgs} args - Arguments to update or create a RevisionFile.
     * @example
     * // Update or create a RevisionFile
     * const revisionFile = await prisma.revisionFile.upsert({
     *   create: {
     *     // ... data to create a RevisionFile
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the RevisionFile we want to update
     *   }
     * })
     */
    upsert<T extends RevisionFileUpsertArgs>(args: SelectSubset<T, RevisionFileUpsertArgs<ExtArgs>>): Prisma__RevisionFileClient<$Result.GetResult<Prisma.$RevisionFilePayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of RevisionFiles.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RevisionFileCountArgs} args - Arguments to filter RevisionFiles to count.
     * @example
     * // Count the number of RevisionFiles
     * const count = await prisma.revisionFile.count({
     *   where: {
     *     // ... the filter for the RevisionFiles we want to count
     *   }
     * })
    **/
    count<T extends RevisionFileCountArgs>(
      args?: Subset<T, RevisionFileCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], RevisionFileCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a RevisionFile.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RevisionFileAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends RevisionFileAggregateArgs>(args: Subset<T, RevisionFileAggregateArgs>): Prisma.PrismaPromise<GetRevisionFileAggregateType<T>>

    /**
     * Group by RevisionFile.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RevisionFileGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends RevisionFileGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: RevisionFileGroupByArgs['orderBy'] }
        : { orderBy?: RevisionFileGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, RevisionFileGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetRevisionFileGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the RevisionFile model
   */
  readonly fields: RevisionFileFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for RevisionFile.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__RevisionFileClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    revision<T extends RevisionDefaultArgs<ExtArgs> = {}>(args?: Subset<T, RevisionDefaultArgs<ExtArgs>>): Prisma__RevisionClient<$Result.GetResult<Prisma.$RevisionPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the RevisionFile model
   */
  interface RevisionFileFieldRefs {
    readonly revisionId: FieldRef<"RevisionFile", 'String'>
    readonly path: FieldRef<"RevisionFile", 'String'>
    readonly sha256: FieldRef<"RevisionFile", 'String'>
    readonly size: FieldRef<"RevisionFile", 'BigInt'>
  }
    

  // Custom InputTypes
  /**
   * RevisionFile findUnique
   */
  export type RevisionFileFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RevisionFile
     */
    select?: RevisionFileSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RevisionFile
     */
    omit?: RevisionFileOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionFileInclude<ExtArgs> | null
    /**
     * Filter, which RevisionFile to fetch.
     */
    where: RevisionFileWhereUniqueInput
  }

  /**
   * RevisionFile findUniqueOrThrow
   */
  export type RevisionFileFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RevisionFile
     */
    select?: RevisionFileSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RevisionFile
     */
    omit?: RevisionFileOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionFileInclude<ExtArgs> | null
    /**
     * Filter, which RevisionFile to fetch.
     */
    where: RevisionFileWhereUniqueInput
  }

  /**
   * RevisionFile findFirst
   */
  export type RevisionFileFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RevisionFile
     */
    select?: RevisionFileSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RevisionFile
     */
    omit?: RevisionFileOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionFileInclude<ExtArgs> | null
    /**
     * Filter, which RevisionFile to fetch.
     */
    where?: RevisionFileWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of RevisionFiles to fetch.
     */
    orderBy?: RevisionFileOrderByWithRelationInput | RevisionFileOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for RevisionFiles.
     */
    cursor?: RevisionFileWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` RevisionFiles from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` RevisionFiles.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of RevisionFiles.
     */
    distinct?: RevisionFileScalarFieldEnum | RevisionFileScalarFieldEnum[]
  }

  /**
   * RevisionFile findFirstOrThrow
   */
  export type RevisionFileFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RevisionFile
     */
    select?: RevisionFileSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RevisionFile
     */
    omit?: RevisionFileOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionFileInclude<ExtArgs> | null
    /**
     * Filter, which RevisionFile to fetch.
     */
    where?: RevisionFileWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of RevisionFiles to fetch.
     */
    orderBy?: RevisionFileOrderByWithRelationInput | RevisionFileOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for RevisionFiles.
     */
    cursor?: RevisionFileWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` RevisionFiles from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` RevisionFiles.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of RevisionFiles.
     */
    distinct?: RevisionFileScalarFieldEnum | RevisionFileScalarFieldEnum[]
  }

  /**
   * RevisionFile findMany
   */
  export type RevisionFileFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RevisionFile
     */
    select?: RevisionFileSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RevisionFile
     */
    omit?: RevisionFileOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionFileInclude<ExtArgs> | null
    /**
     * Filter, which RevisionFiles to fetch.
     */
    where?: RevisionFileWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of RevisionFiles to fetch.
     */
    orderBy?: RevisionFileOrderByWithRelationInput | RevisionFileOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing RevisionFiles.
     */
    cursor?: RevisionFileWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` RevisionFiles from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` RevisionFiles.
     */
    skip?: number
    distinct?: RevisionFileScalarFieldEnum | RevisionFileScalarFieldEnum[]
  }

  /**
   * RevisionFile create
   */
  export type RevisionFileCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RevisionFile
     */
    select?: RevisionFileSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RevisionFile
     */
    omit?: RevisionFileOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionFileInclude<ExtArgs> | null
    /**
     * The data needed to create a RevisionFile.
     */
    data: XOR<RevisionFileCreateInput, RevisionFileUncheckedCreateInput>
  }

  /**
   * RevisionFile createMany
   */
  export type RevisionFileCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many RevisionFiles.
     */
    data: RevisionFileCreateManyInput | RevisionFileCreateManyInput[]
  }

  /**
   * RevisionFile createManyAndReturn
   */
  export type RevisionFileCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RevisionFile
     */
    select?: RevisionFileSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the RevisionFile
     */
    omit?: RevisionFileOmit<ExtArgs> | null
    /**
     * The data used to create many RevisionFiles.
     */
    data: RevisionFileCreateManyInput | RevisionFileCreateManyInput[]
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionFileIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * RevisionFile update
   */
  export type RevisionFileUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RevisionFile
     */
    select?: RevisionFileSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RevisionFile
     */
    omit?: RevisionFileOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionFileInclude<ExtArgs> | null
    /**
     * The data needed to update a RevisionFile.
     */
    data: XOR<RevisionFileUpdateInput, RevisionFileUncheckedUpdateInput>
    /**
     * Choose, which RevisionFile to update.
     */
    where: RevisionFileWhereUniqueInput
  }

  /**
   * RevisionFile updateMany
   */
  export type RevisionFileUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update RevisionFiles.
     */
    data: XOR<RevisionFileUpdateManyMutationInput, RevisionFileUncheckedUpdateManyInput>
    /**
     * Filter which RevisionFiles to update
     */
    where?: RevisionFileWhereInput
    /**
     * Limit how many RevisionFiles to update.
     */
    limit?: number
  }

  /**
   * RevisionFile updateManyAndReturn
   */
  export type RevisionFileUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RevisionFile
     */
    select?: RevisionFileSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the RevisionFile
     */
    omit?: RevisionFileOmit<ExtArgs> | null
    /**
     * The data used to update RevisionFiles.
     */
    data: XOR<RevisionFileUpdateManyMutationInput, RevisionFileUncheckedUpdateManyInput>
    /**
     * Filter which RevisionFiles to update
     */
    where?: RevisionFileWhereInput
    /**
     * Limit how many RevisionFiles to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionFileIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * RevisionFile upsert
   */
  export type RevisionFileUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RevisionFile
     */
    select?: RevisionFileSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RevisionFile
     */
    omit?: RevisionFileOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionFileInclude<ExtArgs> | null
    /**
     * The filter to search for the RevisionFile to update in case it exists.
     */
    where: RevisionFileWhereUniqueInput
    /**
     * In case the RevisionFile found by the `where` argument doesn't exist, create a new RevisionFile with this data.
     */
    create: XOR<RevisionFileCreateInput, RevisionFileUncheckedCreateInput>
    /**
     * In case the RevisionFile was found with the provided `where` argument, update it with this data.
     */
    update: XOR<RevisionFileUpdateInput, RevisionFileUncheckedUpdateInput>
  }

  /**
   * RevisionFile delete
   */
  export type RevisionFileDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RevisionFile
     */
    select?: RevisionFileSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RevisionFile
     */
    omit?: RevisionFileOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionFileInclude<ExtArgs> | null
    /**
     * Filter which RevisionFile to delete.
     */
    where: RevisionFileWhereUniqueInput
  }

  /**
   * RevisionFile deleteMany
   */
  export type RevisionFileDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which RevisionFiles to delete
     */
    where?: RevisionFileWhereInput
    /**
     * Limit how many RevisionFiles to delete.
     */
    limit?: number
  }

  /**
   * RevisionFile without action
   */
  export type RevisionFileDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RevisionFile
     */
    select?: RevisionFileSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RevisionFile
     */
    omit?: RevisionFileOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RevisionFileInclude<ExtArgs> | null
  }


  /**
   * Model Ref
   */

  export type AggregateRef = {
    _count: RefCountAggregateOutputType | null
    _min: RefMinAggregateOutputType | null
    _max: RefMaxAggregateOutputType | null
  }

  export type RefMinAggregateOutputType = {
    repoId: string | null
    name: string | null
    kind: string | null
    revisionId: string | null
    updatedAt: Date | null
  }

  export type RefMaxAggregateOutputType = {
    repoId: string | null
    name: string | null
    kind: string | null
    revisionId: string | null
    updatedAt: Date | null
  }

  export type RefCountAggregateOutputType = {
    repoId: number
    name: number
    kind: number
    revisionId: number
    updatedAt: number
    _all: number
  }


  export type RefMinAggregateInputType = {
    repoId?: true
    name?: true
    kind?: true
    revisionId?: true
    updatedAt?: true
  }

  export type RefMaxAggregateInputType = {
    repoId?: true
    name?: true
    kind?: true
    revisionId?: true
    updatedAt?: true
  }

  export type RefCountAggregateInputType = {
    repoId?: true
    name?: true
    kind?: true
    revisionId?: true
    updatedAt?: true
    _all?: true
  }

  export type RefAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Ref to aggregate.
     */
    where?: RefWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Refs to fetch.
     */
    orderBy?: RefOrderByWithRelationInput | RefOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: RefWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Refs from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Refs.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned Refs
    **/
    _count?: true | RefCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: RefMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: RefMaxAggregateInputType
  }

  export type GetRefAggregateType<T extends RefAggregateArgs> = {
        [P in keyof T & keyof AggregateRef]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateRef[P]>
      : GetScalarType<T[P], AggregateRef[P]>
  }




  export type RefGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: RefWhereInput
    orderBy?: RefOrderByWithAggregationInput | RefOrderByWithAggregationInput[]
    by: RefScalarFieldEnum[] | RefScalarFieldEnum
    having?: RefScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: RefCountAggregateInputType | true
    _min?: RefMinAggregateInputType
    _max?: RefMaxAggregateInputType
  }

  export type RefGroupByOutputType = {
    repoId: string
    name: string
    kind: string
    revisionId: string
    updatedAt: Date
    _count: RefCountAggregateOutputType | null
    _min: RefMinAggregateOutputType | null
    _max: RefMaxAggregateOutputType | null
  }

  type GetRefGroupByPayload<T extends RefGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<RefGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof RefGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], RefGroupByOutputType[P]>
            : GetScalarType<T[P], RefGroupByOutputType[P]>
        }
      >
    >


  export type RefSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    repoId?: boolean
    name?: boolean
    kind?: boolean
    revisionId?: boolean
    updatedAt?: boolean
    repo?: boolean | RepoDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["ref"]>

  export type RefSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    repoId?: boolean
    name?: boolean
    kind?: boolean
    revisionId?: boolean
    updatedAt?: boolean
    repo?: boolean | RepoDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["ref"]>

  export type RefSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    repoId?: boolean
    name?: boolean
    kind?: boolean
    revisionId?: boolean
    updatedAt?: boolean
    repo?: boolean | RepoDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["ref"]>

  export type RefSelectScalar = {
    repoId?: boolean
    name?: boolean
    kind?: boolean
    revisionId?: boolean
    updatedAt?: boolean
  }

  export type RefOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"repoId" | "name" | "kind" | "revisionId" | "updatedAt", ExtArgs["result"]["ref"]>
  export type RefInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    repo?: boolean | RepoDefaultArgs<ExtArgs>
  }
  export type RefIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    repo?: boolean | RepoDefaultArgs<ExtArgs>
  }
  export type RefIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    repo?: boolean | RepoDefaultArgs<ExtArgs>
  }

  export type $RefPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "Ref"
    objects: {
      repo: Prisma.$RepoPayload<ExtArgs>
    }
    scalars: $Extensions.GetPayloadResult<{
      repoId: string
      name: string
      kind: string
      revisionId: string
      updatedAt: Date
    }, ExtArgs["result"]["ref"]>
    composites: {}
  }

  type RefGetPayload<S extends boolean | null | undefined | RefDefaultArgs> = $Result.GetResult<Prisma.$RefPayload, S>

  type RefCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<RefFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: RefCountAggregateInputType | true
    }

  export interface RefDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['Ref'], meta: { name: 'Ref' } }
    /**
     * Find zero or one Ref that matches the filter.
     * @param {RefFindUniqueArgs} args - Arguments to find a Ref
     * @example
     * // Get one Ref
     * const ref = await prisma.ref.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends RefFindUniqueArgs>(args: SelectSubset<T, RefFindUniqueArgs<ExtArgs>>): Prisma__RefClient<$Result.GetResult<Prisma.$RefPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one Ref that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {RefFindUniqueOrThrowArgs} args - Arguments to find a Ref
     * @example
     * // Get one Ref
     * const ref = await prisma.ref.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends RefFindUniqueOrThrowArgs>(args: SelectSubset<T, RefFindUniqueOrThrowArgs<ExtArgs>>): Prisma__RefClient<$Result.GetResult<Prisma.$RefPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Ref that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RefFindFirstArgs} args - Arguments to find a Ref
     * @example
     * // Get one Ref
     * const ref = await prisma.ref.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends RefFindFirstArgs>(args?: SelectSubset<T, RefFindFirstArgs<ExtArgs>>): Prisma__RefClient<$Result.GetResult<Prisma.$RefPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Ref that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RefFindFirstOrThrowArgs} args - Arguments to find a Ref
     * @example
     * // Get one Ref
     * const ref = await prisma.ref.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends RefFindFirstOrThrowArgs>(args?: SelectSubset<T, RefFindFirstOrThrowArgs<ExtArgs>>): Prisma__RefClient<$Result.GetResult<Prisma.$RefPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more Refs that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RefFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all Refs
     * const refs = await prisma.ref.findMany()
     * 
     * // Get first 10 Refs
     * const refs = await prisma.ref.findMany({ take: 10 })
     * 
     * // Only select the `repoId`
     * const refWithRepoIdOnly = await prisma.ref.findMany({ select: { repoId: true } })
     * 
     */
    findMany<T extends RefFindManyArgs>(args?: SelectSubset<T, RefFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RefPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a Ref.
     * @param {RefCreateArgs} args - Arguments to create a Ref.
     * @example
     * // Create one Ref
     * const Ref = await prisma.ref.create({
     *   data: {
     *     // ... data to create a Ref
     *   }
     * })
     * 
     */
    create<T extends RefCreateArgs>(args: SelectSubset<T, RefCreateArgs<ExtArgs>>): Prisma__RefClient<$Result.GetResult<Prisma.$RefPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many Refs.
     * @param {RefCreateManyArgs} args - Arguments to create many Refs.
     * @example
     * // Create many Refs
     * const ref = await prisma.ref.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends RefCreateManyArgs>(args?: SelectSubset<T, RefCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many Refs and returns the data saved in the database.
     * @param {RefCreateManyAndReturnArgs} args - Arguments to create many Refs.
     * @example
     * // Create many Refs
     * const ref = await prisma.ref.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many Refs and only return the `repoId`
     * const refWithRepoIdOnly = await prisma.ref.createManyAndReturn({
     *   select: { repoId: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends RefCreateManyAndReturnArgs>(args?: SelectSubset<T, RefCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RefPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a Ref.
     * @param {RefDeleteArgs} args - Arguments to delete one Ref.
     * @example
     * // Delete one Ref
     * const Ref = await prisma.ref.delete({
     *   where: {
     *     // ... filter to delete one Ref
     *   }
     * })
     * 
     */
    delete<T extends RefDeleteArgs>(args: SelectSubset<T, RefDeleteArgs<ExtArgs>>): Prisma__RefClient<$Result.GetResult<Prisma.$RefPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one Ref.
     * @param {RefUpdateArgs} args - Arguments to update one Ref.
     * @example
     * // Update one Ref
     * const ref = await prisma.ref.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends RefUpdateArgs>(args: SelectSubset<T, RefUpdateArgs<ExtArgs>>): Prisma__RefClient<$Result.GetResult<Prisma.$RefPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more Refs.
     * @param {RefDeleteManyArgs} args - Arguments to filter Refs to delete.
     * @example
     * // Delete a few Refs
     * const { count } = await prisma.ref.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends RefDeleteManyArgs>(args?: SelectSubset<T, RefDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Refs.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RefUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many Refs
     * const ref = await prisma.ref.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends RefUpdateManyArgs>(args: SelectSubset<T, RefUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Refs and returns the data updated in the database.
     * @param {RefUpdateManyAndReturnArgs} args - Arguments to update many Refs.
     * @example
     * // Update many Refs
     * const ref = await prisma.ref.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more Refs and only return the `repoId`
     * const refWithRepoIdOnly = await prisma.ref.updateManyAndReturn({
     *   select: { repoId: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends RefUpdateManyAndReturnArgs>(args: SelectSubset<T, RefUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RefPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one Ref.
     * @param {RefUpsertArgs} args - Arguments to update or create a Ref.
     * @example
     * // Update or create a Ref
     * const ref = await prisma.ref.upsert({
     *   create: {
     *     // ... data to create a Ref
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the Ref we want to update
     *   }
     * })
     */
    upsert<T extends RefUpsertArgs>(args: SelectSubset<T, RefUpsertArgs<ExtArgs>>): Prisma__RefClient<$Result.GetResult<Prisma.$RefPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of Refs.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RefCountArgs} args - Arguments to filter Refs to count.
     * @example
     * // Count the number of Refs
     * const count = await prisma.ref.count({
     *   where: {
     *     // ... the filter for the Refs we want to count
     *   }
     * })
    **/
    count<T extends RefCountArgs>(
      args?: Subset<T, RefCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], RefCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a Ref.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RefAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends RefAggregateArgs>(args: Subset<T, RefAggregateArgs>): Prisma.PrismaPromise<GetRefAggregateType<T>>

    /**
     * Group by Ref.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RefGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends RefGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: RefGroupByArgs['orderBy'] }
        : { orderBy?: RefGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, RefGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetRefGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the Ref model
   */
  readonly fields: RefFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for Ref.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__RefClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    repo<T extends RepoDefaultArgs<ExtArgs> = {}>(args?: Subset<T, RepoDefaultArgs<ExtArgs>>): Prisma__RepoClient<$Result.GetResult<Prisma.$RepoPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the Ref model
   */
  interface RefFieldRefs {
    readonly repoId: FieldRef<"Ref", 'String'>
    readonly name: FieldRef<"Ref", 'String'>
    readonly kind: FieldRef<"Ref", 'String'>
    readonly revisionId: FieldRef<"Ref", 'String'>
    readonly updatedAt: FieldRef<"Ref", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * Ref findUnique
   */
  export type RefFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Ref
     */
    select?: RefSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Ref
     */
    omit?: RefOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RefInclude<ExtArgs> | null
    /**
     * Filter, which Ref to fetch.
     */
    where: RefWhereUniqueInput
  }

  /**
   * Ref findUniqueOrThrow
   */
  export type RefFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Ref
     */
    select?: RefSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Ref
     */
    omit?: RefOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RefInclude<ExtArgs> | null
    /**
     * Filter, which Ref to fetch.
     */
    where: RefWhereUniqueInput
  }

  /**
   * Ref findFirst
   */
  export type RefFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Ref
     */
    select?: RefSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Ref
     */
    omit?: RefOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RefInclude<ExtArgs> | null
    /**
     * Filter, which Ref to fetch.
     */
    where?: RefWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Refs to fetch.
     */
    orderBy?: RefOrderByWithRelationInput | RefOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Refs.
     */
    cursor?: RefWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Refs from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Refs.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Refs.
     */
    distinct?: RefScalarFieldEnum | RefScalarFieldEnum[]
  }

  /**
   * Ref findFirstOrThrow
   */
  export type RefFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Ref
     */
    select?: RefSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Ref
     */
    omit?: RefOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RefInclude<ExtArgs> | null
    /**
     * Filter, which Ref to fetch.
     */
    where?: RefWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Refs to fetch.
     */
    orderBy?: RefOrderByWithRelationInput | RefOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Refs.
     */
    cursor?: RefWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Refs from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Refs.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Refs.
     */
    distinct?: RefScalarFieldEnum | RefScalarFieldEnum[]
  }

  /**
   * Ref findMany
   */
  export type RefFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Ref
     */
    select?: RefSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Ref
     */
    omit?: RefOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RefInclude<ExtArgs> | null
    /**
     * Filter, which Refs to fetch.
     */
    where?: RefWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Refs to fetch.
     */
    orderBy?: RefOrderByWithRelationInput | RefOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing Refs.
     */
    cursor?: RefWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Refs from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Refs.
     */
    skip?: number
    distinct?: RefScalarFieldEnum | RefScalarFieldEnum[]
  }

  /**
   * Ref create
   */
  export type RefCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Ref
     */
    select?: RefSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Ref
     */
    omit?: RefOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RefInclude<ExtArgs> | null
    /**
     * The data needed to create a Ref.
     */
    data: XOR<RefCreateInput, RefUncheckedCreateInput>
  }

  /**
   * Ref createMany
   */
  export type RefCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many Refs.
     */
    data: RefCreateManyInput | RefCreateManyInput[]
  }

  /**
   * Ref createManyAndReturn
   */
  export type RefCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Ref
     */
    select?: RefSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Ref
     */
    omit?: RefOmit<ExtArgs> | null
    /**
     * The data used to create many Refs.
     */
    data: RefCreateManyInput | RefCreateManyInput[]
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RefIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * Ref update
   */
  export type RefUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Ref
     */
    select?: RefSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Ref
     */
    omit?: RefOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RefInclude<ExtArgs> | null
    /**
     * The data needed to update a Ref.
     */
    data: XOR<RefUpdateInput, RefUncheckedUpdateInput>
    /**
     * Choose, which Ref to update.
     */
    where: RefWhereUniqueInput
  }

  /**
   * Ref updateMany
   */
  export type RefUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update Refs.
     */
    data: XOR<RefUpdateManyMutationInput, RefUncheckedUpdateManyInput>
    /**
     * Filter which Refs to update
     */
    where?: RefWhereInput
    /**
     * Limit how many Refs to update.
     */
    limit?: number
  }

  /**
   * Ref updateManyAndReturn
   */
  export type RefUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Ref
     */
    select?: RefSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Ref
     */
    omit?: RefOmit<ExtArgs> | null
    /**
     * The data used to update Refs.
     */
    data: XOR<RefUpdateManyMutationInput, RefUncheckedUpdateManyInput>
    /**
     * Filter which Refs to update
     */
    where?: RefWhereInput
    /**
     * Limit how many Refs to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RefIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * Ref upsert
   */
  export type RefUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Ref
     */
    select?: RefSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Ref
     */
    omit?: RefOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RefInclude<ExtArgs> | null
    /**
     * The filter to search for the Ref to update in case it exists.
     */
    where: RefWhereUniqueInput
    /**
     * In case the Ref found by the `where` argument doesn't exist, create a new Ref with this data.
     */
    create: XOR<RefCreateInput, RefUncheckedCreateInput>
    /**
     * In case the Ref was found with the provided `where` argument, update it with this data.
     */
    update: XOR<RefUpdateInput, RefUncheckedUpdateInput>
  }

  /**
   * Ref delete
   */
  export type RefDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Ref
     */
    select?: RefSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Ref
     */
    omit?: RefOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RefInclude<ExtArgs> | null
    /**
     * Filter which Ref to delete.
     */
    where: RefWhereUniqueInput
  }

  /**
   * Ref deleteMany
   */
  export type RefDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Refs to delete
     */
    where?: RefWhereInput
    /**
     * Limit how many Refs to delete.
     */
    limit?: number
  }

  /**
   * Ref without action
   */
  export type RefDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Ref
     */
    select?: RefSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Ref
     */
    omit?: RefOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RefInclude<ExtArgs> | null
  }


  /**
   * Model Blob
   */

  export type AggregateBlob = {
    _count: BlobCountAggregateOutputType | null
    _avg: BlobAvgAggregateOutputType | null
    _sum: BlobSumAggregateOutputType | null
    _min: BlobMinAggregateOutputType | null
    _max: BlobMaxAggregateOutputType | null
  }

  export type BlobAvgAggregateOutputType = {
    size: number | null
  }

  export type BlobSumAggregateOutputType = {
    size: bigint | null
  }

  export type BlobMinAggregateOutputType = {
    sha256: string | null
    size: bigint | null
    createdAt: Date | null
    touchedAt: Date | null
  }

  export type BlobMaxAggregateOutputType = {
    sha256: string | null
    size: bigint | null
    createdAt: Date | null
    touchedAt: Date | null
  }

  export type BlobCountAggregateOutputType = {
    sha256: number
    size: number
    createdAt: number
    touchedAt: number
    _all: number
  }


  export type BlobAvgAggregateInputType = {
    size?: true
  }

  export type BlobSumAggregateInputType = {
    size?: true
  }

  export type BlobMinAggregateInputType = {
    sha256?: true
    size?: true
    createdAt?: true
    touchedAt?: true
  }

  export type BlobMaxAggregateInputType = {
    sha256?: true
    size?: true
    createdAt?: true
    touchedAt?: true
  }

  export type BlobCountAggregateInputType = {
    sha256?: true
    size?: true
    createdAt?: true
    touchedAt?: true
    _all?: true
  }

  export type BlobAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Blob to aggregate.
     */
    where?: BlobWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Blobs to fetch.
     */
    orderBy?: BlobOrderByWithRelationInput | BlobOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: BlobWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Blobs from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Blobs.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned Blobs
    **/
    _count?: true | BlobCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to average
    **/
    _avg?: BlobAvgAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to sum
    **/
    _sum?: BlobSumAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: BlobMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: BlobMaxAggregateInputType
  }

  export type GetBlobAggregateType<T extends BlobAggregateArgs> = {
        [P in keyof T & keyof AggregateBlob]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateBlob[P]>
      : GetScalarType<T[P], AggregateBlob[P]>
  }




  export type BlobGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: BlobWhereInput
    orderBy?: BlobOrderByWithAggregationInput | BlobOrderByWithAggregationInput[]
    by: BlobScalarFieldEnum[] | BlobScalarFieldEnum
    having?: BlobScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: BlobCountAggregateInputType | true
    _avg?: BlobAvgAggregateInputType
    _sum?: BlobSumAggregateInputType
    _min?: BlobMinAggregateInputType
    _max?: BlobMaxAggregateInputType
  }

  export type BlobGroupByOutputType = {
    sha256: string
    size: bigint
    createdAt: Date
    touchedAt: Date
    _count: BlobCountAggregateOutputType | null
    _avg: BlobAvgAggregateOutputType | null
    _sum: BlobSumAggregateOutputType | null
    _min: BlobMinAggregateOutputType | null
    _max: BlobMaxAggregateOutputType | null
  }

  type GetBlobGroupByPayload<T extends BlobGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<BlobGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof BlobGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], BlobGroupByOutputType[P]>
            : GetScalarType<T[P], BlobGroupByOutputType[P]>
        }
      >
    >


  export type BlobSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    sha256?: boolean
    size?: boolean
    createdAt?: boolean
    touchedAt?: boolean
  }, ExtArgs["result"]["blob"]>

  export type BlobSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    sha256?: boolean
    size?: boolean
    createdAt?: boolean
    touchedAt?: boolean
  }, ExtArgs["result"]["blob"]>

  export type BlobSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    sha256?: boolean
    size?: boolean
    createdAt?: boolean
    touchedAt?: boolean
  }, ExtArgs["result"]["blob"]>

  export type BlobSelectScalar = {
    sha256?: boolean
    size?: boolean
    createdAt?: boolean
    touchedAt?: boolean
  }

  export type BlobOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"sha256" | "size" | "createdAt" | "touchedAt", ExtArgs["result"]["blob"]>

  export type $BlobPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "Blob"
    objects: {}
    scalars: $Extensions.GetPayloadResult<{
      sha256: string
      size: bigint
      createdAt: Date
      touchedAt: Date
    }, ExtArgs["result"]["blob"]>
    composites: {}
  }

  type BlobGetPayload<S extends boolean | null | undefined | BlobDefaultArgs> = $Result.GetResult<Prisma.$BlobPayload, S>

  type BlobCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<BlobFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: BlobCountAggregateInputType | true
    }

  export interface BlobDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['Blob'], meta: { name: 'Blob' } }
    /**
     * Find zero or one Blob that matches the filter.
     * @param {BlobFindUniqueArgs} args - Arguments to find a Blob
     * @example
     * // Get one Blob
     * const blob = await prisma.blob.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends BlobFindUniqueArgs>(args: SelectSubset<T, BlobFindUniqueArgs<ExtArgs>>): Prisma__BlobClient<$Result.GetResult<Prisma.$BlobPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one Blob that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {BlobFindUniqueOrThrowArgs} args - Arguments to find a Blob
     * @example
     * // Get one Blob
     * const blob = await prisma.blob.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends BlobFindUniqueOrThrowArgs>(args: SelectSubset<T, BlobFindUniqueOrThrowArgs<ExtArgs>>): Prisma__BlobClient<$Result.GetResult<Prisma.$BlobPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Blob that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {BlobFindFirstArgs} args - Arguments to find a Blob
     * @example
     * // Get one Blob
     * const blob = await prisma.blob.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends BlobFindFirstArgs>(args?: SelectSubset<T, BlobFindFirstArgs<ExtArgs>>): Prisma__BlobClient<$Result.GetResult<Prisma.$BlobPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Blob that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {BlobFindFirstOrThrowArgs} args - Arguments to find a Blob
     * @example
     * // Get one Blob
     * const blob = await prisma.blob.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends BlobFindFirstOrThrowArgs>(args?: SelectSubset<T, BlobFindFirstOrThrowArgs<ExtArgs>>): Prisma__BlobClient<$Result.GetResult<Prisma.$BlobPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more Blobs that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {BlobFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all Blobs
     * const blobs = await prisma.blob.findMany()
     * 
     * // Get first 10 Blobs
     * const blobs = await prisma.blob.findMany({ take: 10 })
     * 
     * // Only select the `sha256`
     * const blobWithSha256Only = await prisma.blob.findMany({ select: { sha256: true } })
     * 
     */
    findMany<T extends BlobFindManyArgs>(args?: SelectSubset<T, BlobFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$BlobPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a Blob.
     * @param {BlobCreateArgs} args - Arguments to create a Blob.
     * @example
     * // Create one Blob
     * const Blob = await prisma.blob.create({
     *   data: {
     *     // ... data to create a Blob
     *   }
     * })
     * 
     */
    create<T extends BlobCreateArgs>(args: SelectSubset<T, BlobCreateArgs<ExtArgs>>): Prisma__BlobClient<$Result.GetResult<Prisma.$BlobPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many Blobs.
     * @param {BlobCreateManyArgs} args - Arguments to create many Blobs.
     * @example
     * // Create many Blobs
     * const blob = await prisma.blob.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends BlobCreateManyArgs>(args?: SelectSubset<T, BlobCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many Blobs and returns the data saved in the database.
     * @param {BlobCreateManyAndReturnArgs} args - Arguments to create many Blobs.
     * @example
     * // Create many Blobs
     * const blob = await prisma.blob.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many Blobs and only return the `sha256`
     * const blobWithSha256Only = await prisma.blob.createManyAndReturn({
     *   select: { sha256: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends BlobCreateManyAndReturnArgs>(args?: SelectSubset<T, BlobCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$BlobPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a Blob.
     * @param {BlobDeleteArgs} args - Arguments to delete one Blob.
     * @example
     * // Delete one Blob
     * const Blob = await prisma.blob.delete({
     *   where: {
     *     // ... filter to delete one Blob
     *   }
     * })
     * 
     */
    delete<T extends BlobDeleteArgs>(args: SelectSubset<T, BlobDeleteArgs<ExtArgs>>): Prisma__BlobClient<$Result.GetResult<Prisma.$BlobPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one Blob.
     * @param {BlobUpdateArgs} args - Arguments to update one Blob.
     * @example
     * // Update one Blob
     * const blob = await prisma.blob.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends BlobUpdateArgs>(args: SelectSubset<T, BlobUpdateArgs<ExtArgs>>): Prisma__BlobClient<$Result.GetResult<Prisma.$BlobPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more Blobs.
     * @param {BlobDeleteManyArgs} args - Arguments to filter Blobs to delete.
     * @example
     * // Delete a few Blobs
     * const { count } = await prisma.blob.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends BlobDeleteManyArgs>(args?: SelectSubset<T, BlobDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Blobs.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {BlobUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many Blobs
     * const blob = await prisma.blob.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends BlobUpdateManyArgs>(args: SelectSubset<T, BlobUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Blobs and returns the data updated in the database.
     * @param {BlobUpdateManyAndReturnArgs} args - Arguments to update many Blobs.
     * @example
     * // Update many Blobs
     * const blob = await prisma.blob.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more Blobs and only return the `sha256`
     * const blobWithSha256Only = await prisma.blob.updateManyAndReturn({
     *   select: { sha256: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends BlobUpdateManyAndReturnArgs>(args: SelectSubset<T, BlobUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$BlobPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one Blob.
     * @param {BlobUpsertArgs} args - Arguments to update or create a Blob.
     * @example
     * // Update or create a Blob
     * const blob = await prisma.blob.upsert({
     *   create: {
     *     // ... data to create a Blob
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the Blob we want to update
     *   }
     * })
     */
    upsert<T extends BlobUpsertArgs>(args: SelectSubset<T, BlobUpsertArgs<ExtArgs>>): Prisma__BlobClient<$Result.GetResult<Prisma.$BlobPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of Blobs.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {BlobCountArgs} args - Arguments to filter Blobs to count.
     * @example
     * // Count the number of Blobs
     * const count = await prisma.blob.count({
     *   where: {
     *     // ... the filter for the Blobs we want to count
     *   }
     * })
    **/
    count<T extends BlobCountArgs>(
      args?: Subset<T, BlobCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], BlobCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a Blob.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {BlobAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends BlobAggregateArgs>(args: Subset<T, BlobAggregateArgs>): Prisma.PrismaPromise<GetBlobAggregateType<T>>

    /**
     * Group by Blob.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {BlobGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends BlobGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: BlobGroupByArgs['orderBy'] }
        : { orderBy?: BlobGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, BlobGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetBlobGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the Blob model
   */
  readonly fields: BlobFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for Blob.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__BlobClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the Blob model
   */
  interface BlobFieldRefs {
    readonly sha256: FieldRef<"Blob", 'String'>
    readonly size: FieldRef<"Blob", 'BigInt'>
    readonly createdAt: FieldRef<"Blob", 'DateTime'>
    readonly touchedAt: FieldRef<"Blob", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * Blob findUnique
   */
  export type BlobFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Blob
     */
    select?: BlobSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Blob
     */
    omit?: BlobOmit<ExtArgs> | null
    /**
     * Filter, which Blob to fetch.
     */
    where: BlobWhereUniqueInput
  }

  /**
   * Blob findUniqueOrThrow
   */
  export type BlobFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Blob
     */
    select?: BlobSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Blob
     */
    omit?: BlobOmit<ExtArgs> | null
    /**
     * Filter, which Blob to fetch.
     */
    where: BlobWhereUniqueInput
  }

  /**
   * Blob findFirst
   */
  export type BlobFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Blob
     */
    select?: BlobSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Blob
     */
    omit?: BlobOmit<ExtArgs> | null
    /**
     * Filter, which Blob to fetch.
     */
    where?: BlobWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Blobs to fetch.
     */
    orderBy?: BlobOrderByWithRelationInput | BlobOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Blobs.
     */
    cursor?: BlobWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Blobs from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Blobs.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Blobs.
     */
    distinct?: BlobScalarFieldEnum | BlobScalarFieldEnum[]
  }

  /**
   * Blob findFirstOrThrow
   */
  export type BlobFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Blob
     */
    select?: BlobSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Blob
     */
    omit?: BlobOmit<ExtArgs> | null
    /**
     * Filter, which Blob to fetch.
     */
    where?: BlobWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Blobs to fetch.
     */
    orderBy?: BlobOrderByWithRelationInput | BlobOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Blobs.
     */
    cursor?: BlobWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Blobs from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Blobs.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Blobs.
     */
    distinct?: BlobScalarFieldEnum | BlobScalarFieldEnum[]
  }

  /**
   * Blob findMany
   */
  export type BlobFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Blob
     */
    select?: BlobSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Blob
     */
    omit?: BlobOmit<ExtArgs> | null
    /**
     * Filter, which Blobs to fetch.
     */
    where?: BlobWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Blobs to fetch.
     */
    orderBy?: BlobOrderByWithRelationInput | BlobOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing Blobs.
     */
    cursor?: BlobWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Blobs from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Blobs.
     */
    skip?: number
    distinct?: BlobScalarFieldEnum | BlobScalarFieldEnum[]
  }

  /**
   * Blob create
   */
  export type BlobCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Blob
     */
    select?: BlobSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Blob
     */
    omit?: BlobOmit<ExtArgs> | null
    /**
     * The data needed to create a Blob.
     */
    data: XOR<BlobCreateInput, BlobUncheckedCreateInput>
  }

  /**
   * Blob createMany
   */
  export type BlobCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many Blobs.
     */
    data: BlobCreateManyInput | BlobCreateManyInput[]
  }

  /**
   * Blob createManyAndReturn
   */
  export type BlobCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Blob
     */
    select?: BlobSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Blob
     */
    omit?: BlobOmit<ExtArgs> | null
    /**
     * The data used to create many Blobs.
     */
    data: BlobCreateManyInput | BlobCreateManyInput[]
  }

  /**
   * Blob update
   */
  export type BlobUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Blob
     */
    select?: BlobSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Blob
     */
    omit?: BlobOmit<ExtArgs> | null
    /**
     * The data needed to update a Blob.
     */
    data: XOR<BlobUpdateInput, BlobUncheckedUpdateInput>
    /**
     * Choose, which Blob to update.
     */
    where: BlobWhereUniqueInput
  }

  /**
   * Blob updateMany
   */
  export type BlobUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update Blobs.
     */
    data: XOR<BlobUpdateManyMutationInput, BlobUncheckedUpdateManyInput>
    /**
     * Filter which Blobs to update
     */
    where?: BlobWhereInput
    /**
     * Limit how many Blobs to update.
     */
    limit?: number
  }

  /**
   * Blob updateManyAndReturn
   */
  export type BlobUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Blob
     */
    select?: BlobSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Blob
     */
    omit?: BlobOmit<ExtArgs> | null
    /**
     * The data used to update Blobs.
     */
    data: XOR<BlobUpdateManyMutationInput, BlobUncheckedUpdateManyInput>
    /**
     * Filter which Blobs to update
     */
    where?: BlobWhereInput
    /**
     * Limit how many Blobs to update.
     */
    limit?: number
  }

  /**
   * Blob upsert
   */
  export type BlobUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Blob
     */
    select?: BlobSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Blob
     */
    omit?: BlobOmit<ExtArgs> | null
    /**
     * The filter to search for the Blob to update in case it exists.
     */
    where: BlobWhereUniqueInput
    /**
     * In case the Blob found by the `where` argument doesn't exist, create a new Blob with this data.
     */
    create: XOR<BlobCreateInput, BlobUncheckedCreateInput>
    /**
     * In case the Blob was found with the provided `where` argument, update it with this data.
     */
    update: XOR<BlobUpdateInput, BlobUncheckedUpdateInput>
  }

  /**
   * Blob delete
   */
  export type BlobDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Blob
     */
    select?: BlobSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Blob
     */
    omit?: BlobOmit<ExtArgs> | null
    /**
     * Filter which Blob to delete.
     */
    where: BlobWhereUniqueInput
  }

  /**
   * Blob deleteMany
   */
  export type BlobDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Blobs to delete
     */
    where?: BlobWhereInput
    /**
     * Limit how many Blobs to delete.
     */
    limit?: number
  }

  /**
   * Blob without action
   */
  export type BlobDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Blob
     */
    select?: BlobSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Blob
     */
    omit?: BlobOmit<ExtArgs> | null
  }


  /**
   * Model Upload
   */

  export type AggregateUpload = {
    _count: UploadCountAggregateOutputType | null
    _min: UploadMinAggregateOutputType | null
    _max: UploadMaxAggregateOutputType | null
  }

  export type UploadMinAggregateOutputType = {
    id: string | null
    sha256: string | null
    tempKey: string | null
    startedAt: Date | null
  }

  export type UploadMaxAggregateOutputType = {
    id: string | null
    sha256: string | null
    tempKey: string | null
    startedAt: Date | null
  }

  export type UploadCountAggregateOutputType = {
    id: number
    sha256: number
    tempKey: number
    startedAt: number
    _all: number
  }


  export type UploadMinAggregateInputType = {
    id?: true
    sha256?: true
    tempKey?: true
    startedAt?: true
  }

  export type UploadMaxAggregateInputType = {
    id?: true
    sha256?: true
    tempKey?: true
    startedAt?: true
  }

  export type UploadCountAggregateInputType = {
    id?: true
    sha256?: true
    tempKey?: true
    startedAt?: true
    _all?: true
  }

  export type UploadAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Upload to aggregate.
     */
    where?: UploadWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Uploads to fetch.
     */
    orderBy?: UploadOrderByWithRelationInput | UploadOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: UploadWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Uploads from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Uploads.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned Uploads
    **/
    _count?: true | UploadCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: UploadMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: UploadMaxAggregateInputType
  }

  export type GetUploadAggregateType<T extends UploadAggregateArgs> = {
        [P in keyof T & keyof AggregateUpload]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateUpload[P]>
      : GetScalarType<T[P], AggregateUpload[P]>
  }




  export type UploadGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: UploadWhereInput
    orderBy?: UploadOrderByWithAggregationInput | UploadOrderByWithAggregationInput[]
    by: UploadScalarFieldEnum[] | UploadScalarFieldEnum
    having?: UploadScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: UploadCountAggregateInputType | true
    _min?: UploadMinAggregateInputType
    _max?: UploadMaxAggregateInputType
  }

  export type UploadGroupByOutputType = {
    id: string
    sha256: string
    tempKey: string
    startedAt: Date
    _count: UploadCountAggregateOutputType | null
    _min: UploadMinAggregateOutputType | null
    _max: UploadMaxAggregateOutputType | null
  }

  type GetUploadGroupByPayload<T extends UploadGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<UploadGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof UploadGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], UploadGroupByOutputType[P]>
            : GetScalarType<T[P], UploadGroupByOutputType[P]>
        }
      >
    >


  export type UploadSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    sha256?: boolean
    tempKey?: boolean
    startedAt?: boolean
  }, ExtArgs["result"]["upload"]>

  export type UploadSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    sha256?: boolean
    tempKey?: boolean
    startedAt?: boolean
  }, ExtArgs["result"]["upload"]>

  export type UploadSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    sha256?: boolean
    tempKey?: boolean
    startedAt?: boolean
  }, ExtArgs["result"]["upload"]>

  export type UploadSelectScalar = {
    id?: boolean
    sha256?: boolean
    tempKey?: boolean
    startedAt?: boolean
  }

  export type UploadOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "sha256" | "tempKey" | "startedAt", ExtArgs["result"]["upload"]>

  export type $UploadPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "Upload"
    objects: {}
    scalars: $Extensions.GetPayloadResult<{
      id: string
      sha256: string
      tempKey: string
      startedAt: Date
    }, ExtArgs["result"]["upload"]>
    composites: {}
  }

  type UploadGetPayload<S extends boolean | null | undefined | UploadDefaultArgs> = $Result.GetResult<Prisma.$UploadPayload, S>

  type UploadCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<UploadFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: UploadCountAggregateInputType | true
    }

  export interface UploadDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['Upload'], meta: { name: 'Upload' } }
    /**
     * Find zero or one Upload that matches the filter.
     * @param {UploadFindUniqueArgs} args - Arguments to find a Upload
     * @example
     * // Get one Upload
     * const upload = await prisma.upload.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends UploadFindUniqueArgs>(args: SelectSubset<T, UploadFindUniqueArgs<ExtArgs>>): Prisma__UploadClient<$Result.GetResult<Prisma.$UploadPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one Upload that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {UploadFindUniqueOrThrowArgs} args - Arguments to find a Upload
     * @example
     * // Get one Upload
     * const upload = await prisma.upload.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends UploadFindUniqueOrThrowArgs>(args: SelectSubset<T, UploadFindUniqueOrThrowArgs<ExtArgs>>): Prisma__UploadClient<$Result.GetResult<Prisma.$UploadPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Upload that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {UploadFindFirstArgs} args - Arguments to find a Upload
     * @example
     * // Get one Upload
     * const upload = await prisma.upload.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends UploadFindFirstArgs>(args?: SelectSubset<T, UploadFindFirstArgs<ExtArgs>>): Prisma__UploadClient<$Result.GetResult<Prisma.$UploadPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Upload that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {UploadFindFirstOrThrowArgs} args - Arguments to find a Upload
     * @example
     * // Get one Upload
     * const upload = await prisma.upload.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends UploadFindFirstOrThrowArgs>(args?: SelectSubset<T, UploadFindFirstOrThrowArgs<ExtArgs>>): Prisma__UploadClient<$Result.GetResult<Prisma.$UploadPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more Uploads that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {UploadFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all Uploads
     * const uploads = await prisma.upload.findMany()
     * 
     * // Get first 10 Uploads
     * const uploads = await prisma.upload.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const uploadWithIdOnly = await prisma.upload.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends UploadFindManyArgs>(args?: SelectSubset<T, UploadFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$UploadPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a Upload.
     * @param {UploadCreateArgs} args - Arguments to create a Upload.
     * @example
     * // Create one Upload
     * const Upload = await prisma.upload.create({
     *   data: {
     *     // ... data to create a Upload
     *   }
     * })
     * 
     */
    create<T extends UploadCreateArgs>(args: SelectSubset<T, UploadCreateArgs<ExtArgs>>): Prisma__UploadClient<$Result.GetResult<Prisma.$UploadPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many Uploads.
     * @param {UploadCreateManyArgs} args - Arguments to create many Uploads.
     * @example
     * // Create many Uploads
     * const upload = await prisma.upload.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends UploadCreateManyArgs>(args?: SelectSubset<T, UploadCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many Uploads and returns the data saved in the database.
     * @param {UploadCreateManyAndReturnArgs} args - Arguments to create many Uploads.
     * @example
     * // Create many Uploads
     * const upload = await prisma.upload.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many Uploads and only return the `id`
     * const uploadWithIdOnly = await prisma.upload.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends UploadCreateManyAndReturnArgs>(args?: SelectSubset<T, UploadCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$UploadPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a Upload.
     * @param {UploadDeleteArgs} args - Arguments to delete one Upload.
     * @example
     * // Delete one Upload
     * const Upload = await prisma.upload.delete({
     *   where: {
     *     // ... filter to delete one Upload
     *   }
     * })
     * 
     */
    delete<T extends UploadDeleteArgs>(args: SelectSubset<T, UploadDeleteArgs<ExtArgs>>): Prisma__UploadClient<$Result.GetResult<Prisma.$UploadPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one Upload.
     * @param {UploadUpdateArgs} args - Arguments to update one Upload.
     * @example
     * // Update one Upload
     * const upload = await prisma.upload.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends UploadUpdateArgs>(args: SelectSubset<T, UploadUpdateArgs<ExtArgs>>): Prisma__UploadClient<$Result.GetResult<Prisma.$UploadPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more Uploads.
     * @param {UploadDeleteManyArgs} args - Arguments to filter Uploads to delete.
     * @example
     * // Delete a few Uploads
     * const { count } = await prisma.upload.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends UploadDeleteManyArgs>(args?: SelectSubset<T, UploadDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Uploads.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {UploadUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many Uploads
     * const upload = await prisma.upload.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends UploadUpdateManyArgs>(args: SelectSubset<T, UploadUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Uploads and returns the data updated in the database.
     * @param {UploadUpdateManyAndReturnArgs} args - Arguments to update many Uploads.
     * @example
     * // Update many Uploads
     * const upload = await prisma.upload.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more Uploads and only return the `id`
     * const uploadWithIdOnly = await prisma.upload.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends UploadUpdateManyAndReturnArgs>(args: SelectSubset<T, UploadUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$UploadPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one Upload.
     * @param {UploadUpsertArgs} args - Arguments to update or create a Upload.
     * @example
     * // Update or create a Upload
     * const upload = await prisma.upload.upsert({
     *   create: {
     *     // ... data to create a Upload
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the Upload we want to update
     *   }
     * })
     */
    upsert<T extends UploadUpsertArgs>(args: SelectSubset<T, UploadUpsertArgs<ExtArgs>>): Prisma__UploadClient<$Result.GetResult<Prisma.$UploadPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of Uploads.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {UploadCountArgs} args - Arguments to filter Uploads to count.
     * @example
     * // Count the number of Uploads
     * const count = await prisma.upload.count({
     *   where: {
     *     // ... the filter for the Uploads we want to count
     *   }
     * })
    **/
    count<T extends UploadCountArgs>(
      args?: Subset<T, UploadCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], UploadCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a Upload.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {UploadAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends UploadAggregateArgs>(args: Subset<T, UploadAggregateArgs>): Prisma.PrismaPromise<GetUploadAggregateType<T>>

    /**
     * Group by Upload.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {UploadGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends UploadGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: UploadGroupByArgs['orderBy'] }
        : { orderBy?: UploadGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, UploadGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetUploadGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the Upload model
   */
  readonly fields: UploadFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for Upload.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__UploadClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the Upload model
   */
  interface UploadFieldRefs {
    readonly id: FieldRef<"Upload", 'String'>
    readonly sha256: FieldRef<"Upload", 'String'>
    readonly tempKey: FieldRef<"Upload", 'String'>
    readonly startedAt: FieldRef<"Upload", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * Upload findUnique
   */
  export type UploadFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Upload
     */
    select?: UploadSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Upload
     */
    omit?: UploadOmit<ExtArgs> | null
    /**
     * Filter, which Upload to fetch.
     */
    where: UploadWhereUniqueInput
  }

  /**
   * Upload findUniqueOrThrow
   */
  export type UploadFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Upload
     */
    select?: UploadSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Upload
     */
    omit?: UploadOmit<ExtArgs> | null
    /**
     * Filter, which Upload to fetch.
     */
    where: UploadWhereUniqueInput
  }

  /**
   * Upload findFirst
   */
  export type UploadFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Upload
     */
    select?: UploadSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Upload
     */
    omit?: UploadOmit<ExtArgs> | null
    /**
     * Filter, which Upload to fetch.
     */
    where?: UploadWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Uploads to fetch.
     */
    orderBy?: UploadOrderByWithRelationInput | UploadOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Uploads.
     */
    cursor?: UploadWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Uploads from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Uploads.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Uploads.
     */
    distinct?: UploadScalarFieldEnum | UploadScalarFieldEnum[]
  }

  /**
   * Upload findFirstOrThrow
   */
  export type UploadFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Upload
     */
    select?: UploadSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Upload
     */
    omit?: UploadOmit<ExtArgs> | null
    /**
     * Filter, which Upload to fetch.
     */
    where?: UploadWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Uploads to fetch.
     */
    orderBy?: UploadOrderByWithRelationInput | UploadOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Uploads.
     */
    cursor?: UploadWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Uploads from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Uploads.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Uploads.
     */
    distinct?: UploadScalarFieldEnum | UploadScalarFieldEnum[]
  }

  /**
   * Upload findMany
   */
  export type UploadFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Upload
     */
    select?: UploadSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Upload
     */
    omit?: UploadOmit<ExtArgs> | null
    /**
     * Filter, which Uploads to fetch.
     */
    where?: UploadWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Uploads to fetch.
     */
    orderBy?: UploadOrderByWithRelationInput | UploadOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing Uploads.
     */
    cursor?: UploadWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Uploads from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Uploads.
     */
    skip?: number
    distinct?: UploadScalarFieldEnum | UploadScalarFieldEnum[]
  }

  /**
   * Upload create
   */
  export type UploadCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Upload
     */
    select?: UploadSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Upload
     */
    omit?: UploadOmit<ExtArgs> | null
    /**
     * The data needed to create a Upload.
     */
    data: XOR<UploadCreateInput, UploadUncheckedCreateInput>
  }

  /**
   * Upload createMany
   */
  export type UploadCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many Uploads.
     */
    data: UploadCreateManyInput | UploadCreateManyInput[]
  }

  /**
   * Upload createManyAndReturn
   */
  export type UploadCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Upload
     */
    select?: UploadSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Upload
     */
    omit?: UploadOmit<ExtArgs> | null
    /**
     * The data used to create many Uploads.
     */
    data: UploadCreateManyInput | UploadCreateManyInput[]
  }

  /**
   * Upload update
   */
  export type UploadUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Upload
     */
    select?: UploadSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Upload
     */
    omit?: UploadOmit<ExtArgs> | null
    /**
     * The data needed to update a Upload.
     */
    data: XOR<UploadUpdateInput, UploadUncheckedUpdateInput>
    /**
     * Choose, which Upload to update.
     */
    where: UploadWhereUniqueInput
  }

  /**
   * Upload updateMany
   */
  export type UploadUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update Uploads.
     */
    data: XOR<UploadUpdateManyMutationInput, UploadUncheckedUpdateManyInput>
    /**
     * Filter which Uploads to update
     */
    where?: UploadWhereInput
    /**
     * Limit how many Uploads to update.
     */
    limit?: number
  }

  /**
   * Upload updateManyAndReturn
   */
  export type UploadUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Upload
     */
    select?: UploadSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Upload
     */
    omit?: UploadOmit<ExtArgs> | null
    /**
     * The data used to update Uploads.
     */
    data: XOR<UploadUpdateManyMutationInput, UploadUncheckedUpdateManyInput>
    /**
     * Filter which Uploads to update
     */
    where?: UploadWhereInput
    /**
     * Limit how many Uploads to update.
     */
    limit?: number
  }

  /**
   * Upload upsert
   */
  export type UploadUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Upload
     */
    select?: UploadSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Upload
     */
    omit?: UploadOmit<ExtArgs> | null
    /**
     * The filter to search for the Upload to update in case it exists.
     */
    where: UploadWhereUniqueInput
    /**
     * In case the Upload found by the `where` argument doesn't exist, create a new Upload with this data.
     */
    create: XOR<UploadCreateInput, UploadUncheckedCreateInput>
    /**
     * In case the Upload was found with the provided `where` argument, update it with this data.
     */
    update: XOR<UploadUpdateInput, UploadUncheckedUpdateInput>
  }

  /**
   * Upload delete
   */
  export type UploadDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Upload
     */
    select?: UploadSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Upload
     */
    omit?: UploadOmit<ExtArgs> | null
    /**
     * Filter which Upload to delete.
     */
    where: UploadWhereUniqueInput
  }

  /**
   * Upload deleteMany
   */
  export type UploadDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Uploads to delete
     */
    where?: UploadWhereInput
    /**
     * Limit how many Uploads to delete.
     */
    limit?: number
  }

  /**
   * Upload without action
   */
  export type UploadDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Upload
     */
    select?: UploadSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Upload
     */
    omit?: UploadOmit<ExtArgs> | null
  }


  /**
   * Enums
   */

  export const TransactionIsolationLevel: {
    Serializable: 'Serializable'
  };

  export type TransactionIsolationLevel = (typeof TransactionIsolationLevel)[keyof typeof TransactionIsolationLevel]


  export const AccountScalarFieldEnum: {
    id: 'id',
    name: 'name',
    kind: 'kind',
    isAdmin: 'isAdmin',
    createdAt: 'createdAt'
  };

  export type AccountScalarFieldEnum = (typeof AccountScalarFieldEnum)[keyof typeof AccountScalarFieldEnum]


  export const MembershipScalarFieldEnum: {
    orgId: 'orgId',
    userId: 'userId',
    role: 'role',
    createdAt: 'createdAt'
  };

  export type MembershipScalarFieldEnum = (typeof MembershipScalarFieldEnum)[keyof typeof MembershipScalarFieldEnum]


  export const TokenScalarFieldEnum: {
    id: 'id',
    userId: 'userId',
    hash: 'hash',
    scope: 'scope',
    name: 'name',
    createdAt: 'createdAt',
    expiresAt: 'expiresAt',
    revokedAt: 'revokedAt',
    lastUsedAt: 'lastUsedAt'
  };

  export type TokenScalarFieldEnum = (typeof TokenScalarFieldEnum)[keyof typeof TokenScalarFieldEnum]


  export const RepoScalarFieldEnum: {
    id: 'id',
    ownerId: 'ownerId',
    name: 'name',
    private: 'private',
    downloads: 'downloads',
    createdAt: 'createdAt',
    updatedAt: 'updatedAt',
    headRevisionId: 'headRevisionId',
    deltaType: 'deltaType',
    backboneArchitecture: 'backboneArchitecture',
    backboneName: 'backboneName',
    backboneFingerprint: 'backboneFingerprint',
    task: 'task',
    license: 'license',
    tags: 'tags',
    searchText: 'searchText'
  };

  export type RepoScalarFieldEnum = (typeof RepoScalarFieldEnum)[keyof typeof RepoScalarFieldEnum]


  export const RevisionScalarFieldEnum: {
    id: 'id',
    repoId: 'repoId',
    parentId: 'parentId',
    message: 'message',
    authorId: 'authorId',
    createdAt: 'createdAt',
    deltaType: 'deltaType',
    backboneArchitecture: 'backboneArchitecture',
    backboneModelClass: 'backboneModelClass',
    backboneName: 'backboneName',
    backboneFingerprint: 'backboneFingerprint',
    weightsFingerprint: 'weightsFingerprint',
    modifiedModules: 'modifiedModules',
    trainableParameters: 'trainableParameters',
    totalParameters: 'totalParameters',
    task: 'task',
    dataset: 'dataset',
    license: 'license',
    tags: 'tags',
    card: 'card',
    cardMeta: 'cardMeta',
    config: 'config'
  };

  export type RevisionScalarFieldEnum = (typeof RevisionScalarFieldEnum)[keyof typeof RevisionScalarFieldEnum]


  export const RevisionFileScalarFieldEnum: {
    revisionId: 'revisionId',
    path: 'path',
    sha256: 'sha256',
    size: 'size'
  };

  export type RevisionFileScalarFieldEnum = (typeof RevisionFileScalarFieldEnum)[keyof typeof RevisionFileScalarFieldEnum]


  export const RefScalarFieldEnum: {
    repoId: 'repoId',
    name: 'name',
    kind: 'kind',
    revisionId: 'revisionId',
    updatedAt: 'updatedAt'
  };

  export type RefScalarFieldEnum = (typeof RefScalarFieldEnum)[keyof typeof RefScalarFieldEnum]


  export const BlobScalarFieldEnum: {
    sha256: 'sha256',
    size: 'size',
    createdAt: 'createdAt',
    touchedAt: 'touchedAt'
  };

  export type BlobScalarFieldEnum = (typeof BlobScalarFieldEnum)[keyof typeof BlobScalarFieldEnum]


  export const UploadScalarFieldEnum: {
    id: 'id',
    sha256: 'sha256',
    tempKey: 'tempKey',
    startedAt: 'startedAt'
  };

  export type UploadScalarFieldEnum = (typeof UploadScalarFieldEnum)[keyof typeof UploadScalarFieldEnum]


  export const SortOrder: {
    asc: 'asc',
    desc: 'desc'
  };

  export type SortOrder = (typeof SortOrder)[keyof typeof SortOrder]


  export const NullsOrder: {
    first: 'first',
    last: 'last'
  };

  export type NullsOrder = (typeof NullsOrder)[keyof typeof NullsOrder]


  /**
   * Field references
   */


  /**
   * Reference to a field of type 'String'
   */
  export type StringFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'String'>
    


  /**
   * Reference to a field of type 'Boolean'
   */
  export type BooleanFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Boolean'>
    


  /**
   * Reference to a field of type 'DateTime'
   */
  export type DateTimeFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'DateTime'>
    


  /**
   * Reference to a field of type 'Int'
   */
  export type IntFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Int'>
    


  /**
   * Reference to a field of type 'BigInt'
   */
  export type BigIntFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'BigInt'>
    


  /**
   * Reference to a field of type 'Float'
   */
  export type FloatFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Float'>
    
  /**
   * Deep Input Types
   */


  export type AccountWhereInput = {
    AND?: AccountWhereInput | AccountWhereInput[]
    OR?: AccountWhereInput[]
    NOT?: AccountWhereInput | AccountWhereInput[]
    id?: StringFilter<"Account"> | string
    name?: StringFilter<"Account"> | string
    kind?: StringFilter<"Account"> | string
    isAdmin?: BoolFilter<"Account"> | boolean
    createdAt?: DateTimeFilter<"Account"> | Date | string
    tokens?: TokenListRelationFilter
    memberships?: MembershipListRelationFilter
    members?: MembershipListRelationFilter
    repos?: RepoListRelationFilter
  }

  export type AccountOrderByWithRelationInput = {
    id?: SortOrder
    name?: SortOrder
    kind?: SortOrder
    isAdmin?: SortOrder
    createdAt?: SortOrder
    tokens?: TokenOrderByRelationAggregateInput
    memberships?: MembershipOrderByRelationAggregateInput
    members?: MembershipOrderByRelationAggregateInput
    repos?: RepoOrderByRelationAggregateInput
  }

  export type AccountWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    name?: string
    AND?: AccountWhereInput | AccountWhereInput[]
    OR?: AccountWhereInput[]
    NOT?: AccountWhereInput | AccountWhereInput[]
    kind?: StringFilter<"Account"> | string
    isAdmin?: BoolFilter<"Account"> | boolean
    createdAt?: DateTimeFilter<"Account"> | Date | string
    tokens?: TokenListRelationFilter
    memberships?: MembershipListRelationFilter
    members?: MembershipListRelationFilter
    repos?: RepoListRelationFilter
  }, "id" | "name">

  export type AccountOrderByWithAggregationInput = {
    id?: SortOrder
    name?: SortOrder
    kind?: SortOrder
    isAdmin?: SortOrder
    createdAt?: SortOrder
    _count?: AccountCountOrderByAggregateInput
    _max?: AccountMaxOrderByAggregateInput
    _min?: AccountMinOrderByAggregateInput
  }

  export type AccountScalarWhereWithAggregatesInput = {
    AND?: AccountScalarWhereWithAggregatesInput | AccountScalarWhereWithAggregatesInput[]
    OR?: AccountScalarWhereWithAggregatesInput[]
    NOT?: AccountScalarWhereWithAggregatesInput | AccountScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"Account"> | string
    name?: StringWithAggregatesFilter<"Account"> | string
    kind?: StringWithAggregatesFilter<"Account"> | string
    isAdmin?: BoolWithAggregatesFilter<"Account"> | boolean
    createdAt?: DateTimeWithAggregatesFilter<"Account"> | Date | string
  }

  export type MembershipWhereInput = {
    AND?: MembershipWhereInput | MembershipWhereInput[]
    OR?: MembershipWhereInput[]
    NOT?: MembershipWhereInput | MembershipWhereInput[]
    orgId?: StringFilter<"Membership"> | string
    userId?: StringFilter<"Membership"> | string
    role?: StringFilter<"Membership"> | string
    createdAt?: DateTimeFilter<"Membership"> | Date | string
    org?: XOR<AccountScalarRelationFilter, AccountWhereInput>
    user?: XOR<AccountScalarRelationFilter, AccountWhereInput>
  }

  export type MembershipOrderByWithRelationInput = {
    orgId?: SortOrder
    userId?: SortOrder
    role?: SortOrder
    createdAt?: SortOrder
    org?: AccountOrderByWithRelationInput
    user?: AccountOrderByWithRelationInput
  }

  export type MembershipWhereUniqueInput = Prisma.AtLeast<{
    orgId_userId?: MembershipOrgIdUserIdCompoundUniqueInput
    AND?: MembershipWhereInput | MembershipWhereInput[]
    OR?: MembershipWhereInput[]
    NOT?: MembershipWhereInput | MembershipWhereInput[]
    orgId?: StringFilter<"Membership"> | string
    userId?: StringFilter<"Membership"> | string
    role?: StringFilter<"Membership"> | string
    createdAt?: DateTimeFilter<"Membership"> | Date | string
    org?: XOR<AccountScalarRelationFilter, AccountWhereInput>
    user?: XOR<AccountScalarRelationFilter, AccountWhereInput>
  }, "orgId_userId">

  export type MembershipOrderByWithAggregationInput = {
    orgId?: SortOrder
    userId?: SortOrder
    role?: SortOrder
    createdAt?: SortOrder
    _count?: MembershipCountOrderByAggregateInput
    _max?: MembershipMaxOrderByAggregateInput
    _min?: MembershipMinOrderByAggregateInput
  }

  export type MembershipScalarWhereWithAggregatesInput = {
    AND?: MembershipScalarWhereWithAggregatesInput | MembershipScalarWhereWithAggregatesInput[]
    OR?: MembershipScalarWhereWithAggregatesInput[]
    NOT?: MembershipScalarWhereWithAggregatesInput | MembershipScalarWhereWithAggregatesInput[]
    orgId?: StringWithAggregatesFilter<"Membership"> | string
    userId?: StringWithAggregatesFilter<"Membership"> | string
    role?: StringWithAggregatesFilter<"Membership"> | string
    createdAt?: DateTimeWithAggregatesFilter<"Membership"> | Date | string
  }

  export type TokenWhereInput = {
    AND?: TokenWhereInput | TokenWhereInput[]
    OR?: TokenWhereInput[]
    NOT?: TokenWhereInput | TokenWhereInput[]
    id?: StringFilter<"Token"> | string
    userId?: StringFilter<"Token"> | string
    hash?: StringFilter<"Token"> | string
    scope?: StringFilter<"Token"> | string
    name?: StringFilter<"Token"> | string
    createdAt?: DateTimeFilter<"Token"> | Date | string
    expiresAt?: DateTimeNullableFilter<"Token"> | Date | string | null
    revokedAt?: DateTimeNullableFilter<"Token"> | Date | string | null
    lastUsedAt?: DateTimeNullableFilter<"Token"> | Date | string | null
    user?: XOR<AccountScalarRelationFilter, AccountWhereInput>
  }

  export type TokenOrderByWithRelationInput = {
    id?: SortOrder
    userId?: SortOrder
    hash?: SortOrder
    scope?: SortOrder
    name?: SortOrder
    createdAt?: SortOrder
    expiresAt?: SortOrderInput | SortOrder
    revokedAt?: SortOrderInput | SortOrder
    lastUsedAt?: SortOrderInput | SortOrder
    user?: AccountOrderByWithRelationInput
  }

  export type TokenWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    hash?: string
    AND?: TokenWhereInput | TokenWhereInput[]
    OR?: TokenWhereInput[]
    NOT?: TokenWhereInput | TokenWhereInput[]
    userId?: StringFilter<"Token"> | string
    scope?: StringFilter<"Token"> | string
    name?: StringFilter<"Token"> | string
    createdAt?: DateTimeFilter<"Token"> | Date | string
    expiresAt?: DateTimeNullableFilter<"Token"> | Date | string | null
    revokedAt?: DateTimeNullableFilter<"Token"> | Date | string | null
    lastUsedAt?: DateTimeNullableFilter<"Token"> | Date | string | null
    user?: XOR<AccountScalarRelationFilter, AccountWhereInput>
  }, "id" | "hash">

  export type TokenOrderByWithAggregationInput = {
    id?: SortOrder
    userId?: SortOrder
    hash?: SortOrder
    scope?: SortOrder
    name?: SortOrder
    createdAt?: SortOrder
    expiresAt?: SortOrderInput | SortOrder
    revokedAt?: SortOrderInput | SortOrder
    lastUsedAt?: SortOrderInput | SortOrder
    _count?: TokenCountOrderByAggregateInput
    _max?: TokenMaxOrderByAggregateInput
    _min?: TokenMinOrderByAggregateInput
  }

  export type TokenScalarWhereWithAggregatesInput = {
    AND?: TokenScalarWhereWithAggregatesInput | TokenScalarWhereWithAggregatesInput[]
    OR?: TokenScalarWhereWithAggregatesInput[]
    NOT?: TokenScalarWhereWithAggregatesInput | TokenScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"Token"> | string
    userId?: StringWithAggregatesFilter<"Token"> | string
    hash?: StringWithAggregatesFilter<"Token"> | string
    scope?: StringWithAggregatesFilter<"Token"> | string
    name?: StringWithAggregatesFilter<"Token"> | string
    createdAt?: DateTimeWithAggregatesFilter<"Token"> | Date | string
    expiresAt?: DateTimeNullableWithAggregatesFilter<"Token"> | Date | string | null
    revokedAt?: DateTimeNullableWithAggregatesFilter<"Token"> | Date | string | null
    lastUsedAt?: DateTimeNullableWithAggregatesFilter<"Token"> | Date | string | null
  }

  export type RepoWhereInput = {
    AND?: RepoWhereInput | RepoWhereInput[]
    OR?: RepoWhereInput[]
    NOT?: RepoWhereInput | RepoWhereInput[]
    id?: StringFilter<"Repo"> | string
    ownerId?: StringFilter<"Repo"> | string
    name?: StringFilter<"Repo"> | string
    private?: BoolFilter<"Repo"> | boolean
    downloads?: IntFilter<"Repo"> | number
    createdAt?: DateTimeFilter<"Repo"> | Date | string
    updatedAt?: DateTimeFilter<"Repo"> | Date | string
    headRevisionId?: StringNullableFilter<"Repo"> | string | null
    deltaType?: StringNullableFilter<"Repo"> | string | null
    backboneArchitecture?: StringNullableFilter<"Repo"> | string | null
    backboneName?: StringNullableFilter<"Repo"> | string | null
    backboneFingerprint?: StringNullableFilter<"Repo"> | string | null
    task?: StringNullableFilter<"Repo"> | string | null
    license?: StringNullableFilter<"Repo"> | string | null
    tags?: StringFilter<"Repo"> | string
    searchText?: StringFilter<"Repo"> | string
    owner?: XOR<AccountScalarRelationFilter, AccountWhereInput>
    revisions?: RevisionListRelationFilter
    refs?: RefListRelationFilter
  }

  export type RepoOrderByWithRelationInput = {
    id?: SortOrder
    ownerId?: SortOrder
    name?: SortOrder
    private?: SortOrder
    downloads?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
    headRevisionId?: SortOrderInput | SortOrder
    deltaType?: SortOrderInput | SortOrder
    backboneArchitecture?: SortOrderInput | SortOrder
    backboneName?: SortOrderInput | SortOrder
    backboneFingerprint?: SortOrderInput | SortOrder
    task?: SortOrderInput | SortOrder
    license?: SortOrderInput | SortOrder
    tags?: SortOrder
    searchText?: SortOrder
    owner?: AccountOrderByWithRelationInput
    revisions?: RevisionOrderByRelationAggregateInput
    refs?: RefOrderByRelationAggregateInput
  }

  export type RepoWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    ownerId_name?: RepoOwnerIdNameCompoundUniqueInput
    AND?: RepoWhereInput | RepoWhereInput[]
    OR?: RepoWhereInput[]
    NOT?: RepoWhereInput | RepoWhereInput[]
    ownerId?: StringFilter<"Repo"> | string
    name?: StringFilter<"Repo"> | string
    private?: BoolFilter<"Repo"> | boolean
    downloads?: IntFilter<"Repo"> | number
    createdAt?: DateTimeFilter<"Repo"> | Date | string
    updatedAt?: DateTimeFilter<"Repo"> | Date | string
    headRevisionId?: StringNullableFilter<"Repo"> | string | null
    deltaType?: StringNullableFilter<"Repo"> | string | null
    backboneArchitecture?: StringNullableFilter<"Repo"> | string | null
    backboneName?: StringNullableFilter<"Repo"> | string | null
    backboneFingerprint?: StringNullableFilter<"Repo"> | string | null
    task?: StringNullableFilter<"Repo"> | string | null
    license?: StringNullableFilter<"Repo"> | string | null
    tags?: StringFilter<"Repo"> | string
    searchText?: StringFilter<"Repo"> | string
    owner?: XOR<AccountScalarRelationFilter, AccountWhereInput>
    revisions?: RevisionListRelationFilter
    refs?: RefListRelationFilter
  }, "id" | "ownerId_name">

  export type RepoOrderByWithAggregationInput = {
    id?: SortOrder
    ownerId?: SortOrder
    name?: SortOrder
    private?: SortOrder
    downloads?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
    headRevisionId?: SortOrderInput | SortOrder
    deltaType?: SortOrderInput | SortOrder
    backboneArchitecture?: SortOrderInput | SortOrder
    backboneName?: SortOrderInput | SortOrder
    backboneFingerprint?: SortOrderInput | SortOrder
    task?: SortOrderInput | SortOrder
    license?: SortOrderInput | SortOrder
    tags?: SortOrder
    searchText?: SortOrder
    _count?: RepoCountOrderByAggregateInput
    _avg?: RepoAvgOrderByAggregateInput
    _max?: RepoMaxOrderByAggregateInput
    _min?: RepoMinOrderByAggregateInput
    _sum?: RepoSumOrderByAggregateInput
  }

  export type RepoScalarWhereWithAggregatesInput = {
    AND?: RepoScalarWhereWithAggregatesInput | RepoScalarWhereWithAggregatesInput[]
    OR?: RepoScalarWhereWithAggregatesInput[]
    NOT?: RepoScalarWhereWithAggregatesInput | RepoScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"Repo"> | string
    ownerId?: StringWithAggregatesFilter<"Repo"> | string
    name?: StringWithAggregatesFilter<"Repo"> | string
    private?: BoolWithAggregatesFilter<"Repo"> | boolean
    downloads?: IntWithAggregatesFilter<"Repo"> | number
    createdAt?: DateTimeWithAggregatesFilter<"Repo"> | Date | string
    updatedAt?: DateTimeWithAggregatesFilter<"Repo"> | Date | string
    headRevisionId?: StringNullableWithAggregatesFilter<"Repo"> | string | null
    deltaType?: StringNullableWithAggregatesFilter<"Repo"> | string | null
    backboneArchitecture?: StringNullableWithAggregatesFilter<"Repo"> | string | null
    backboneName?: StringNullableWithAggregatesFilter<"Repo"> | string | null
    backboneFingerprint?: StringNullableWithAggregatesFilter<"Repo"> | string | null
    task?: StringNullableWithAggregatesFilter<"Repo"> | string | null
    license?: StringNullableWithAggregatesFilter<"Repo"> | string | null
    tags?: StringWithAggregatesFilter<"Repo"> | string
    searchText?: StringWithAggregatesFilter<"Repo"> | string
  }

  export type RevisionWhereInput = {
    AND?: RevisionWhereInput | RevisionWhereInput[]
    OR?: RevisionWhereInput[]
    NOT?: RevisionWhereInput | RevisionWhereInput[]
    id?: StringFilter<"Revision"> | string
    repoId?: StringFilter<"Revision"> | string
    parentId?: StringNullableFilter<"Revision"> | string | null
    message?: StringFilter<"Revision"> | string
    authorId?: StringFilter<"Revision"> | string
    createdAt?: DateTimeFilter<"Revision"> | Date | string
    deltaType?: StringNullableFilter<"Revision"> | string | null
    backboneArchitecture?: StringNullableFilter<"Revision"> | string | null
    backboneModelClass?: StringNullableFilter<"Revision"> | string | null
    backboneName?: StringNullableFilter<"Revision"> | string | null
    backboneFingerprint?: StringNullableFilter<"Revision"> | string | null
    weightsFingerprint?: StringNullableFilter<"Revision"> | string | null
    modifiedModules?: StringFilter<"Revision"> | string
    trainableParameters?: BigIntNullableFilter<"Revision"> | bigint | number | null
    totalParameters?: BigIntNullableFilter<"Revision"> | bigint | number | null
    task?: StringNullableFilter<"Revision"> | string | null
    dataset?: StringNullableFilter<"Revision"> | string | null
    license?: StringNullableFilter<"Revision"> | string | null
    tags?: StringFilter<"Revision"> | string
    card?: StringFilter<"Revision"> | string
    cardMeta?: StringFilter<"Revision"> | string
    config?: StringFilter<"Revision"> | string
    repo?: XOR<RepoScalarRelationFilter, RepoWhereInput>
    files?: RevisionFileListRelationFilter
  }

  export type RevisionOrderByWithRelationInput = {
    id?: SortOrder
    repoId?: SortOrder
    parentId?: SortOrderInput | SortOrder
    message?: SortOrder
    authorId?: SortOrder
    createdAt?: SortOrder
    deltaType?: SortOrderInput | SortOrder
    backboneArchitecture?: SortOrderInput | SortOrder
    backboneModelClass?: SortOrderInput | SortOrder
    backboneName?: SortOrderInput | SortOrder
    backboneFingerprint?: SortOrderInput | SortOrder
    weightsFingerprint?: SortOrderInput | SortOrder
    modifiedModules?: SortOrder
    trainableParameters?: SortOrderInput | SortOrder
    totalParameters?: SortOrderInput | SortOrder
    task?: SortOrderInput | SortOrder
    dataset?: SortOrderInput | SortOrder
    license?: SortOrderInput | SortOrder
    tags?: SortOrder
    card?: SortOrder
    cardMeta?: SortOrder
    config?: SortOrder
    repo?: RepoOrderByWithRelationInput
    files?: RevisionFileOrderByRelationAggregateInput
  }

  export type RevisionWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    AND?: RevisionWhereInput | RevisionWhereInput[]
    OR?: RevisionWhereInput[]
    NOT?: RevisionWhereInput | RevisionWhereInput[]
    repoId?: StringFilter<"Revision"> | string
    parentId?: StringNullableFilter<"Revision"> | string | null
    message?: StringFilter<"Revision"> | string
    authorId?: StringFilter<"Revision"> | string
    createdAt?: DateTimeFilter<"Revision"> | Date | string
    deltaType?: StringNullableFilter<"Revision"> | string | null
    backboneArchitecture?: StringNullableFilter<"Revision"> | string | null
    backboneModelClass?: StringNullableFilter<"Revision"> | string | null
    backboneName?: StringNullableFilter<"Revision"> | string | null
    backboneFingerprint?: StringNullableFilter<"Revision"> | string | null
    weightsFingerprint?: StringNullableFilter<"Revision"> | string | null
    modifiedModules?: StringFilter<"Revision"> | string
    trainableParameters?: BigIntNullableFilter<"Revision"> | bigint | number | null
    totalParameters?: BigIntNullableFilter<"Revision"> | bigint | number | null
    task?: StringNullableFilter<"Revision"> | string | null
    dataset?: StringNullableFilter<"Revision"> | string | null
    license?: StringNullableFilter<"Revision"> | string | null
    tags?: StringFilter<"Revision"> | string
    card?: StringFilter<"Revision"> | string
    cardMeta?: StringFilter<"Revision"> | string
    config?: StringFilter<"Revision"> | string
    repo?: XOR<RepoScalarRelationFilter, RepoWhereInput>
    files?: RevisionFileListRelationFilter
  }, "id">

  export type RevisionOrderByWithAggregationInput = {
    id?: SortOrder
    repoId?: SortOrder
    parentId?: SortOrderInput | SortOrder
    message?: SortOrder
    authorId?: SortOrder
    createdAt?: SortOrder
    deltaType?: SortOrderInput | SortOrder
    backboneArchitecture?: SortOrderInput | SortOrder
    backboneModelClass?: SortOrderInput | SortOrder
    backboneName?: SortOrderInput | SortOrder
    backboneFingerprint?: SortOrderInput | SortOrder
    weightsFingerprint?: SortOrderInput | SortOrder
    modifiedModules?: SortOrder
    trainableParameters?: SortOrderInput | SortOrder
    totalParameters?: SortOrderInput | SortOrder
    task?: SortOrderInput | SortOrder
    dataset?: SortOrderInput | SortOrder
    license?: SortOrderInput | SortOrder
    tags?: SortOrder
    card?: SortOrder
    cardMeta?: SortOrder
    config?: SortOrder
    _count?: RevisionCountOrderByAggregateInput
    _avg?: RevisionAvgOrderByAggregateInput
    _max?: RevisionMaxOrderByAggregateInput
    _min?: RevisionMinOrderByAggregateInput
    _sum?: RevisionSumOrderByAggregateInput
  }

  export type RevisionScalarWhereWithAggregatesInput = {
    AND?: RevisionScalarWhereWithAggregatesInput | RevisionScalarWhereWithAggregatesInput[]
    OR?: RevisionScalarWhereWithAggregatesInput[]
    NOT?: RevisionScalarWhereWithAggregatesInput | RevisionScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"Revision"> | string
    repoId?: StringWithAggregatesFilter<"Revision"> | string
    parentId?: StringNullableWithAggregatesFilter<"Revision"> | string | null
    message?: StringWithAggregatesFilter<"Revision"> | string
    authorId?: StringWithAggregatesFilter<"Revision"> | string
    createdAt?: DateTimeWithAggregatesFilter<"Revision"> | Date | string
    deltaType?: StringNullableWithAggregatesFilter<"Revision"> | string | null
    backboneArchitecture?: StringNullableWithAggregatesFilter<"Revision"> | string | null
    backboneModelClass?: StringNullableWithAggregatesFilter<"Revision"> | string | null
    backboneName?: StringNullableWithAggregatesFilter<"Revision"> | string | null
    backboneFingerprint?: StringNullableWithAggregatesFilter<"Revision"> | string | null
    weightsFingerprint?: StringNullableWithAggregatesFilter<"Revision"> | string | null
    modifiedModules?: StringWithAggregatesFilter<"Revision"> | string
    trainableParameters?: BigIntNullableWithAggregatesFilter<"Revision"> | bigint | number | null
    totalParameters?: BigIntNullableWithAggregatesFilter<"Revision"> | bigint | number | null
    task?: StringNullableWithAggregatesFilter<"Revision"> | string | null
    dataset?: StringNullableWithAggregatesFilter<"Revision"> | string | null
    license?: StringNullableWithAggregatesFilter<"Revision"> | string | null
    tags?: StringWithAggregatesFilter<"Revision"> | string
    card?: StringWithAggregatesFilter<"Revision"> | string
    cardMeta?: StringWithAggregatesFilter<"Revision"> | string
    config?: StringWithAggregatesFilter<"Revision"> | string
  }

  export type RevisionFileWhereInput = {
    AND?: RevisionFileWhereInput | RevisionFileWhereInput[]
    OR?: RevisionFileWhereInput[]
    NOT?: RevisionFileWhereInput | RevisionFileWhereInput[]
    revisionId?: StringFilter<"RevisionFile"> | string
    path?: StringFilter<"RevisionFile"> | string
    sha256?: StringFilter<"RevisionFile"> | string
    size?: BigIntFilter<"RevisionFile"> | bigint | number
    revision?: XOR<RevisionScalarRelationFilter, RevisionWhereInput>
  }

  export type RevisionFileOrderByWithRelationInput = {
    revisionId?: SortOrder
    path?: SortOrder
    sha256?: SortOrder
    size?: SortOrder
    revision?: RevisionOrderByWithRelationInput
  }

  export type RevisionFileWhereUniqueInput = Prisma.AtLeast<{
    revisionId_path?: RevisionFileRevisionIdPathCompoundUniqueInput
    AND?: RevisionFileWhereInput | RevisionFileWhereInput[]
    OR?: RevisionFileWhereInput[]
    NOT?: RevisionFileWhereInput | RevisionFileWhereInput[]
    revisionId?: StringFilter<"RevisionFile"> | string
    path?: StringFilter<"RevisionFile"> | string
    sha256?: StringFilter<"RevisionFile"> | string
    size?: BigIntFilter<"RevisionFile"> | bigint | number
    revision?: XOR<RevisionScalarRelationFilter, RevisionWhereInput>
  }, "revisionId_path">

  export type RevisionFileOrderByWithAggregationInput = {
    revisionId?: SortOrder
    path?: SortOrder
    sha256?: SortOrder
    size?: SortOrder
    _count?: RevisionFileCountOrderByAggregateInput
    _avg?: RevisionFileAvgOrderByAggregateInput
    _max?: RevisionFileMaxOrderByAggregateInput
    _min?: RevisionFileMinOrderByAggregateInput
    _sum?: RevisionFileSumOrderByAggregateInput
  }

  export type RevisionFileScalarWhereWithAggregatesInput = {
    AND?: RevisionFileScalarWhereWithAggregatesInput | RevisionFileScalarWhereWithAggregatesInput[]
    OR?: RevisionFileScalarWhereWithAggregatesInput[]
    NOT?: RevisionFileScalarWhereWithAggregatesInput | RevisionFileScalarWhereWithAggregatesInput[]
    revisionId?: StringWithAggregatesFilter<"RevisionFile"> | string
    path?: StringWithAggregatesFilter<"RevisionFile"> | string
    sha256?: StringWithAggregatesFilter<"RevisionFile"> | string
    size?: BigIntWithAggregatesFilter<"RevisionFile"> | bigint | number
  }

  export type RefWhereInput = {
    AND?: RefWhereInput | RefWhereInput[]
    OR?: RefWhereInput[]
    NOT?: RefWhereInput | RefWhereInput[]
    repoId?: StringFilter<"Ref"> | string
    name?: StringFilter<"Ref"> | string
    kind?: StringFilter<"Ref"> | string
    revisionId?: StringFilter<"Ref"> | string
    updatedAt?: DateTimeFilter<"Ref"> | Date | string
    repo?: XOR<RepoScalarRelationFilter, RepoWhereInput>
  }

  export type RefOrderByWithRelationInput = {
    repoId?: SortOrder
    name?: SortOrder
    kind?: SortOrder
    revisionId?: SortOrder
    updatedAt?: SortOrder
    repo?: RepoOrderByWithRelationInput
  }

  export type RefWhereUniqueInput = Prisma.AtLeast<{
    repoId_name?: RefRepoIdNameCompoundUniqueInput
    AND?: RefWhereInput | RefWhereInput[]
    OR?: RefWhereInput[]
    NOT?: RefWhereInput | RefWhereInput[]
    repoId?: StringFilter<"Ref"> | string
    name?: StringFilter<"Ref"> | string
    kind?: StringFilter<"Ref"> | string
    revisionId?: StringFilter<"Ref"> | string
    updatedAt?: DateTimeFilter<"Ref"> | Date | string
    repo?: XOR<RepoScalarRelationFilter, RepoWhereInput>
  }, "repoId_name">

  export type RefOrderByWithAggregationInput = {
    repoId?: SortOrder
    name?: SortOrder
    kind?: SortOrder
    revisionId?: SortOrder
    updatedAt?: SortOrder
    _count?: RefCountOrderByAggregateInput
    _max?: RefMaxOrderByAggregateInput
    _min?: RefMinOrderByAggregateInput
  }

  export type RefScalarWhereWithAggregatesInput = {
    AND?: RefScalarWhereWithAggregatesInput | RefScalarWhereWithAggregatesInput[]
    OR?: RefScalarWhereWithAggregatesInput[]
    NOT?: RefScalarWhereWithAggregatesInput | RefScalarWhereWithAggregatesInput[]
    repoId?: StringWithAggregatesFilter<"Ref"> | string
    name?: StringWithAggregatesFilter<"Ref"> | string
    kind?: StringWithAggregatesFilter<"Ref"> | string
    revisionId?: StringWithAggregatesFilter<"Ref"> | string
    updatedAt?: DateTimeWithAggregatesFilter<"Ref"> | Date | string
  }

  export type BlobWhereInput = {
    AND?: BlobWhereInput | BlobWhereInput[]
    OR?: BlobWhereInput[]
    NOT?: BlobWhereInput | BlobWhereInput[]
    sha256?: StringFilter<"Blob"> | string
    size?: BigIntFilter<"Blob"> | bigint | number
    createdAt?: DateTimeFilter<"Blob"> | Date | string
    touchedAt?: DateTimeFilter<"Blob"> | Date | string
  }

  export type BlobOrderByWithRelationInput = {
    sha256?: SortOrder
    size?: SortOrder
    createdAt?: SortOrder
    touchedAt?: SortOrder
  }

  export type BlobWhereUniqueInput = Prisma.AtLeast<{
    sha256?: string
    AND?: BlobWhereInput | BlobWhereInput[]
    OR?: BlobWhereInput[]
    NOT?: BlobWhereInput | BlobWhereInput[]
    size?: BigIntFilter<"Blob"> | bigint | number
    createdAt?: DateTimeFilter<"Blob"> | Date | string
    touchedAt?: DateTimeFilter<"Blob"> | Date | string
  }, "sha256">

  export type BlobOrderByWithAggregationInput = {
    sha256?: SortOrder
    size?: SortOrder
    createdAt?: SortOrder
    touchedAt?: SortOrder
    _count?: BlobCountOrderByAggregateInput
    _avg?: BlobAvgOrderByAggregateInput
    _max?: BlobMaxOrderByAggregateInput
    _min?: BlobMinOrderByAggregateInput
    _sum?: BlobSumOrderByAggregateInput
  }

  export type BlobScalarWhereWithAggregatesInput = {
    AND?: BlobScalarWhereWithAggregatesInput | BlobScalarWhereWithAggregatesInput[]
    OR?: BlobScalarWhereWithAggregatesInput[]
    NOT?: BlobScalarWhereWithAggregatesInput | BlobScalarWhereWithAggregatesInput[]
    sha256?: StringWithAggregatesFilter<"Blob"> | string
    size?: BigIntWithAggregatesFilter<"Blob"> | bigint | number
    createdAt?: DateTimeWithAggregatesFilter<"Blob"> | Date | string
    touchedAt?: DateTimeWithAggregatesFilter<"Blob"> | Date | string
  }

  export type UploadWhereInput = {
    AND?: UploadWhereInput | UploadWhereInput[]
    OR?: UploadWhereInput[]
    NOT?: UploadWhereInput | UploadWhereInput[]
    id?: StringFilter<"Upload"> | string
    sha256?: StringFilter<"Upload"> | string
    tempKey?: StringFilter<"Upload"> | string
    startedAt?: DateTimeFilter<"Upload"> | Date | string
  }

  export type UploadOrderByWithRelationInput = {
    id?: SortOrder
    sha256?: SortOrder
    tempKey?: SortOrder
    startedAt?: SortOrder
  }

  export type UploadWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    AND?: UploadWhereInput | UploadWhereInput[]
    OR?: UploadWhereInput[]
    NOT?: UploadWhereInput | UploadWhereInput[]
    sha256?: StringFilter<"Upload"> | string
    tempKey?: StringFilter<"Upload"> | string
    startedAt?: DateTimeFilter<"Upload"> | Date | string
  }, "id">

  export type UploadOrderByWithAggregationInput = {
    id?: SortOrder
    sha256?: SortOrder
    tempKey?: SortOrder
    startedAt?: SortOrder
    _count?: UploadCountOrderByAggregateInput
    _max?: UploadMaxOrderByAggregateInput
    _min?: UploadMinOrderByAggregateInput
  }

  export type UploadScalarWhereWithAggregatesInput = {
    AND?: UploadScalarWhereWithAggregatesInput | UploadScalarWhereWithAggregatesInput[]
    OR?: UploadScalarWhereWithAggregatesInput[]
    NOT?: UploadScalarWhereWithAggregatesInput | UploadScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"Upload"> | string
    sha256?: StringWithAggregatesFilter<"Upload"> | string
    tempKey?: StringWithAggregatesFilter<"Upload"> | string
    startedAt?: DateTimeWithAggregatesFilter<"Upload"> | Date | string
  }

  export type AccountCreateInput = {
    id: string
    name: string
    kind: string
    isAdmin?: boolean
    createdAt?: Date | string
    tokens?: TokenCreateNestedManyWithoutUserInput
    memberships?: MembershipCreateNestedManyWithoutUserInput
    members?: MembershipCreateNestedManyWithoutOrgInput
    repos?: RepoCreateNestedManyWithoutOwnerInput
  }

  export type AccountUncheckedCreateInput = {
    id: string
    name: string
    kind: string
    isAdmin?: boolean
    createdAt?: Date | string
    tokens?: TokenUncheckedCreateNestedManyWithoutUserInput
    memberships?: MembershipUncheckedCreateNestedManyWithoutUserInput
    members?: MembershipUncheckedCreateNestedManyWithoutOrgInput
    repos?: RepoUncheckedCreateNestedManyWithoutOwnerInput
  }

  export type AccountUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    isAdmin?: BoolFieldUpdateOperationsInput | boolean
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    tokens?: TokenUpdateManyWithoutUserNestedInput
    memberships?: MembershipUpdateManyWithoutUserNestedInput
    members?: MembershipUpdateManyWithoutOrgNestedInput
    repos?: RepoUpdateManyWithoutOwnerNestedInput
  }

  export type AccountUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    isAdmin?: BoolFieldUpdateOperationsInput | boolean
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    tokens?: TokenUncheckedUpdateManyWithoutUserNestedInput
    memberships?: MembershipUncheckedUpdateManyWithoutUserNestedInput
    members?: MembershipUncheckedUpdateManyWithoutOrgNestedInput
    repos?: RepoUncheckedUpdateManyWithoutOwnerNestedInput
  }

  export type AccountCreateManyInput = {
    id: string
    name: string
    kind: string
    isAdmin?: boolean
    createdAt?: Date | string
  }

  export type AccountUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    isAdmin?: BoolFieldUpdateOperationsInput | boolean
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type AccountUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    isAdmin?: BoolFieldUpdateOperationsInput | boolean
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type MembershipCreateInput = {
    role: string
    createdAt?: Date | string
    org: AccountCreateNestedOneWithoutMembersInput
    user: AccountCreateNestedOneWithoutMembershipsInput
  }

  export type MembershipUncheckedCreateInput = {
    orgId: string
    userId: string
    role: string
    createdAt?: Date | string
  }

  export type MembershipUpdateInput = {
    role?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    org?: AccountUpdateOneRequiredWithoutMembersNestedInput
    user?: AccountUpdateOneRequiredWithoutMembershipsNestedInput
  }

  export type MembershipUncheckedUpdateInput = {
    orgId?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
    role?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type MembershipCreateManyInput = {
    orgId: string
    userId: string
    role: string
    createdAt?: Date | string
  }

  export type MembershipUpdateManyMutationInput = {
    role?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type MembershipUncheckedUpdateManyInput = {
    orgId?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
    role?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type TokenCreateInput = {
    id: string
    hash: string
    scope: string
    name?: string
    createdAt?: Date | string
    expiresAt?: Date | string | null
    revokedAt?: Date | string | null
    lastUsedAt?: Date | string | null
    user: AccountCreateNestedOneWithoutTokensInput
  }

  export type TokenUncheckedCreateInput = {
    id: string
    userId: string
    hash: string
    scope: string
    name?: string
    createdAt?: Date | string
    expiresAt?: Date | string | null
    revokedAt?: Date | string | null
    lastUsedAt?: Date | string | null
  }

  export type TokenUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    hash?: StringFieldUpdateOperationsInput | string
    scope?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    expiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revokedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastUsedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    user?: AccountUpdateOneRequiredWithoutTokensNestedInput
  }

  export type TokenUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
    hash?: StringFieldUpdateOperationsInput | string
    scope?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    expiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revokedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastUsedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type TokenCreateManyInput = {
    id: string
    userId: string
    hash: string
    scope: string
    name?: string
    createdAt?: Date | string
    expiresAt?: Date | string | null
    revokedAt?: Date | string | null
    lastUsedAt?: Date | string | null
  }

  export type TokenUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    hash?: StringFieldUpdateOperationsInput | string
    scope?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    expiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revokedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastUsedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type TokenUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
    hash?: StringFieldUpdateOperationsInput | string
    scope?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    expiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revokedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastUsedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type RepoCreateInput = {
    id: string
    name: string
    private?: boolean
    downloads?: number
    createdAt?: Date | string
    updatedAt?: Date | string
    headRevisionId?: string | null
    deltaType?: string | null
    backboneArchitecture?: string | null
    backboneName?: string | null
    backboneFingerprint?: string | null
    task?: string | null
    license?: string | null
    tags?: string
    searchText?: string
    owner: AccountCreateNestedOneWithoutReposInput
    revisions?: RevisionCreateNestedManyWithoutRepoInput
    refs?: RefCreateNestedManyWithoutRepoInput
  }

  export type RepoUncheckedCreateInput = {
    id: string
    ownerId: string
    name: string
    private?: boolean
    downloads?: number
    createdAt?: Date | string
    updatedAt?: Date | string
    headRevisionId?: string | null
    deltaType?: string | null
    backboneArchitecture?: string | null
    backboneName?: string | null
    backboneFingerprint?: string | null
    task?: string | null
    license?: string | null
    tags?: string
    searchText?: string
    revisions?: RevisionUncheckedCreateNestedManyWithoutRepoInput
    refs?: RefUncheckedCreateNestedManyWithoutRepoInput
  }

  export type RepoUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    private?: BoolFieldUpdateOperationsInput | boolean
    downloads?: IntFieldUpdateOperationsInput | number
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    headRevisionId?: NullableStringFieldUpdateOperationsInput | string | null
    deltaType?: NullableStringFieldUpdateOperationsInput | string | null
    backboneArchitecture?: NullableStringFieldUpdateOperationsInput | string | null
    backboneName?: NullableStringFieldUpdateOperationsInput | string | null
    backboneFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    task?: NullableStringFieldUpdateOperationsInput | string | null
    license?: NullableStringFieldUpdateOperationsInput | string | null
    tags?: StringFieldUpdateOperationsInput | string
    searchText?: StringFieldUpdateOperationsInput | string
    owner?: AccountUpdateOneRequiredWithoutReposNestedInput
    revisions?: RevisionUpdateManyWithoutRepoNestedInput
    refs?: RefUpdateManyWithoutRepoNestedInput
  }

  export type RepoUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    private?: BoolFieldUpdateOperationsInput | boolean
    downloads?: IntFieldUpdateOperationsInput | number
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    headRevisionId?: NullableStringFieldUpdateOperationsInput | string | null
    deltaType?: NullableStringFieldUpdateOperationsInput | string | null
    backboneArchitecture?: NullableStringFieldUpdateOperationsInput | string | null
    backboneName?: NullableStringFieldUpdateOperationsInput | string | null
    backboneFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    task?: NullableStringFieldUpdateOperationsInput | string | null
    license?: NullableStringFieldUpdateOperationsInput | string | null
    tags?: StringFieldUpdateOperationsInput | string
    searchText?: StringFieldUpdateOperationsInput | string
    revisions?: RevisionUncheckedUpdateManyWithoutRepoNestedInput
    refs?: RefUncheckedUpdateManyWithoutRepoNestedInput
  }

  export type RepoCreateManyInput = {
    id: string
    ownerId: string
    name: string
    private?: boolean
    downloads?: number
    createdAt?: Date | string
    updatedAt?: Date | string
    headRevisionId?: string | null
    deltaType?: string | null
    backboneArchitecture?: string | null
    backboneName?: string | null
    backboneFingerprint?: string | null
    task?: string | null
    license?: string | null
    tags?: string
    searchText?: string
  }

  export type RepoUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    private?: BoolFieldUpdateOperationsInput | boolean
    downloads?: IntFieldUpdateOperationsInput | number
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    headRevisionId?: NullableStringFieldUpdateOperationsInput | string | null
    deltaType?: NullableStringFieldUpdateOperationsInput | string | null
    backboneArchitecture?: NullableStringFieldUpdateOperationsInput | string | null
    backboneName?: NullableStringFieldUpdateOperationsInput | string | null
    backboneFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    task?: NullableStringFieldUpdateOperationsInput | string | null
    license?: NullableStringFieldUpdateOperationsInput | string | null
    tags?: StringFieldUpdateOperationsInput | string
    searchText?: StringFieldUpdateOperationsInput | string
  }

  export type RepoUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    private?: BoolFieldUpdateOperationsInput | boolean
    downloads?: IntFieldUpdateOperationsInput | number
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    headRevisionId?: NullableStringFieldUpdateOperationsInput | string | null
    deltaType?: NullableStringFieldUpdateOperationsInput | string | null
    backboneArchitecture?: NullableStringFieldUpdateOperationsInput | string | null
    backboneName?: NullableStringFieldUpdateOperationsInput | string | null
    backboneFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    task?: NullableStringFieldUpdateOperationsInput | string | null
    license?: NullableStringFieldUpdateOperationsInput | string | null
    tags?: StringFieldUpdateOperationsInput | string
    searchText?: StringFieldUpdateOperationsInput | string
  }

  export type RevisionCreateInput = {
    id: string
    parentId?: string | null
    message?: string
    authorId: string
    createdAt?: Date | string
    deltaType?: string | null
    backboneArchitecture?: string | null
    backboneModelClass?: string | null
    backboneName?: string | null
    backboneFingerprint?: string | null
    weightsFingerprint?: string | null
    modifiedModules?: string
    trainableParameters?: bigint | number | null
    totalParameters?: bigint | number | null
    task?: string | null
    dataset?: string | null
    license?: string | null
    tags?: string
    card?: string
    cardMeta?: string
    config?: string
    repo: RepoCreateNestedOneWithoutRevisionsInput
    files?: RevisionFileCreateNestedManyWithoutRevisionInput
  }

  export type RevisionUncheckedCreateInput = {
    id: string
    repoId: string
    parentId?: string | null
    message?: string
    authorId: string
    createdAt?: Date | string
    deltaType?: string | null
    backboneArchitecture?: string | null
    backboneModelClass?: string | null
    backboneName?: string | null
    backboneFingerprint?: string | null
    weightsFingerprint?: string | null
    modifiedModules?: string
    trainableParameters?: bigint | number | null
    totalParameters?: bigint | number | null
    task?: string | null
    dataset?: string | null
    license?: string | null
    tags?: string
    card?: string
    cardMeta?: string
    config?: string
    files?: RevisionFileUncheckedCreateNestedManyWithoutRevisionInput
  }

  export type RevisionUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    parentId?: NullableStringFieldUpdateOperationsInput | string | null
    message?: StringFieldUpdateOperationsInput | string
    authorId?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    deltaType?: NullableStringFieldUpdateOperationsInput | string | null
    backboneArchitecture?: NullableStringFieldUpdateOperationsInput | string | null
    backboneModelClass?: NullableStringFieldUpdateOperationsInput | string | null
    backboneName?: NullableStringFieldUpdateOperationsInput | string | null
    backboneFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    weightsFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    modifiedModules?: StringFieldUpdateOperationsInput | string
    trainableParameters?: NullableBigIntFieldUpdateOperationsInput | bigint | number | null
    totalParameters?: NullableBigIntFieldUpdateOperationsInput | bigint | number | null
    task?: NullableStringFieldUpdateOperationsInput | string | null
    dataset?: NullableStringFieldUpdateOperationsInput | string | null
    license?: NullableStringFieldUpdateOperationsInput | string | null
    tags?: StringFieldUpdateOperationsInput | string
    card?: StringFieldUpdateOperationsInput | string
    cardMeta?: StringFieldUpdateOperationsInput | string
    config?: StringFieldUpdateOperationsInput | string
    repo?: RepoUpdateOneRequiredWithoutRevisionsNestedInput
    files?: RevisionFileUpdateManyWithoutRevisionNestedInput
  }

  export type RevisionUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    repoId?: StringFieldUpdateOperationsInput | string
    parentId?: NullableStringFieldUpdateOperationsInput | string | null
    message?: StringFieldUpdateOperationsInput | string
    authorId?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    deltaType?: NullableStringFieldUpdateOperationsInput | string | null
    backboneArchitecture?: NullableStringFieldUpdateOperationsInput | string | null
    backboneModelClass?: NullableStringFieldUpdateOperationsInput | string | null
    backboneName?: NullableStringFieldUpdateOperationsInput | string | null
    backboneFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    weightsFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    modifiedModules?: StringFieldUpdateOperationsInput | string
    trainableParameters?: NullableBigIntFieldUpdateOperationsInput | bigint | number | null
    totalParameters?: NullableBigIntFieldUpdateOperationsInput | bigint | number | null
    task?: NullableStringFieldUpdateOperationsInput | string | null
    dataset?: NullableStringFieldUpdateOperationsInput | string | null
    license?: NullableStringFieldUpdateOperationsInput | string | null
    tags?: StringFieldUpdateOperationsInput | string
    card?: StringFieldUpdateOperationsInput | string
    cardMeta?: StringFieldUpdateOperationsInput | string
    config?: StringFieldUpdateOperationsInput | string
    files?: RevisionFileUncheckedUpdateManyWithoutRevisionNestedInput
  }

  export type RevisionCreateManyInput = {
    id: string
    repoId: string
    parentId?: string | null
    message?: string
    authorId: string
    createdAt?: Date | string
    deltaType?: string | null
    backboneArchitecture?: string | null
    backboneModelClass?: string | null
    backboneName?: string | null
    backboneFingerprint?: string | null
    weightsFingerprint?: string | null
    modifiedModules?: string
    trainableParameters?: bigint | number | null
    totalParameters?: bigint | number | null
    task?: string | null
    dataset?: string | null
    license?: string | null
    tags?: string
    card?: string
    cardMeta?: string
    config?: string
  }

  export type RevisionUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    parentId?: NullableStringFieldUpdateOperationsInput | string | null
    message?: StringFieldUpdateOperationsInput | string
    authorId?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    deltaType?: NullableStringFieldUpdateOperationsInput | string | null
    backboneArchitecture?: NullableStringFieldUpdateOperationsInput | string | null
    backboneModelClass?: NullableStringFieldUpdateOperationsInput | string | null
    backboneName?: NullableStringFieldUpdateOperationsInput | string | null
    backboneFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    weightsFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    modifiedModules?: StringFieldUpdateOperationsInput | string
    trainableParameters?: NullableBigIntFieldUpdateOperationsInput | bigint | number | null
    totalParameters?: NullableBigIntFieldUpdateOperationsInput | bigint | number | null
    task?: NullableStringFieldUpdateOperationsInput | string | null
    dataset?: NullableStringFieldUpdateOperationsInput | string | null
    license?: NullableStringFieldUpdateOperationsInput | string | null
    tags?: StringFieldUpdateOperationsInput | string
    card?: StringFieldUpdateOperationsInput | string
    cardMeta?: StringFieldUpdateOperationsInput | string
    config?: StringFieldUpdateOperationsInput | string
  }

  export type RevisionUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    repoId?: StringFieldUpdateOperationsInput | string
    parentId?: NullableStringFieldUpdateOperationsInput | string | null
    message?: StringFieldUpdateOperationsInput | string
    authorId?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    deltaType?: NullableStringFieldUpdateOperationsInput | string | null
    backboneArchitecture?: NullableStringFieldUpdateOperationsInput | string | null
    backboneModelClass?: NullableStringFieldUpdateOperationsInput | string | null
    backboneName?: NullableStringFieldUpdateOperationsInput | string | null
    backboneFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    weightsFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    modifiedModules?: StringFieldUpdateOperationsInput | string
    trainableParameters?: NullableBigIntFieldUpdateOperationsInput | bigint | number | null
    totalParameters?: NullableBigIntFieldUpdateOperationsInput | bigint | number | null
    task?: NullableStringFieldUpdateOperationsInput | string | null
    dataset?: NullableStringFieldUpdateOperationsInput | string | null
    license?: NullableStringFieldUpdateOperationsInput | string | null
    tags?: StringFieldUpdateOperationsInput | string
    card?: StringFieldUpdateOperationsInput | string
    cardMeta?: StringFieldUpdateOperationsInput | string
    config?: StringFieldUpdateOperationsInput | string
  }

  export type RevisionFileCreateInput = {
    path: string
    sha256: string
    size: bigint | number
    revision: RevisionCreateNestedOneWithoutFilesInput
  }

  export type RevisionFileUncheckedCreateInput = {
    revisionId: string
    path: string
    sha256: string
    size: bigint | number
  }

  export type RevisionFileUpdateInput = {
    path?: StringFieldUpdateOperationsInput | string
    sha256?: StringFieldUpdateOperationsInput | string
    size?: BigIntFieldUpdateOperationsInput | bigint | number
    revision?: RevisionUpdateOneRequiredWithoutFilesNestedInput
  }

  export type RevisionFileUncheckedUpdateInput = {
    revisionId?: StringFieldUpdateOperationsInput | string
    path?: StringFieldUpdateOperationsInput | string
    sha256?: StringFieldUpdateOperationsInput | string
    size?: BigIntFieldUpdateOperationsInput | bigint | number
  }

  export type RevisionFileCreateManyInput = {
    revisionId: string
    path: string
    sha256: string
    size: bigint | number
  }

  export type RevisionFileUpdateManyMutationInput = {
    path?: StringFieldUpdateOperationsInput | string
    sha256?: StringFieldUpdateOperationsInput | string
    size?: BigIntFieldUpdateOperationsInput | bigint | number
  }

  export type RevisionFileUncheckedUpdateManyInput = {
    revisionId?: StringFieldUpdateOperationsInput | string
    path?: StringFieldUpdateOperationsInput | string
    sha256?: StringFieldUpdateOperationsInput | string
    size?: BigIntFieldUpdateOperationsInput | bigint | number
  }

  export type RefCreateInput = {
    name: string
    kind: string
    revisionId: string
    updatedAt?: Date | string
    repo: RepoCreateNestedOneWithoutRefsInput
  }

  export type RefUncheckedCreateInput = {
    repoId: string
    name: string
    kind: string
    revisionId: string
    updatedAt?: Date | string
  }

  export type RefUpdateInput = {
    name?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    revisionId?: StringFieldUpdateOperationsInput | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    repo?: RepoUpdateOneRequiredWithoutRefsNestedInput
  }

  export type RefUncheckedUpdateInput = {
    repoId?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    revisionId?: StringFieldUpdateOperationsInput | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type RefCreateManyInput = {
    repoId: string
    name: string
    kind: string
    revisionId: string
    updatedAt?: Date | string
  }

  export type RefUpdateManyMutationInput = {
    name?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    revisionId?: StringFieldUpdateOperationsInput | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type RefUncheckedUpdateManyInput = {
    repoId?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    revisionId?: StringFieldUpdateOperationsInput | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type BlobCreateInput = {
    sha256: string
    size: bigint | number
    createdAt?: Date | string
    touchedAt?: Date | string
  }

  export type BlobUncheckedCreateInput = {
    sha256: string
    size: bigint | number
    createdAt?: Date | string
    touchedAt?: Date | string
  }

  export type BlobUpdateInput = {
    sha256?: StringFieldUpdateOperationsInput | string
    size?: BigIntFieldUpdateOperationsInput | bigint | number
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    touchedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type BlobUncheckedUpdateInput = {
    sha256?: StringFieldUpdateOperationsInput | string
    size?: BigIntFieldUpdateOperationsInput | bigint | number
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    touchedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type BlobCreateManyInput = {
    sha256: string
    size: bigint | number
    createdAt?: Date | string
    touchedAt?: Date | string
  }

  export type BlobUpdateManyMutationInput = {
    sha256?: StringFieldUpdateOperationsInput | string
    size?: BigIntFieldUpdateOperationsInput | bigint | number
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    touchedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type BlobUncheckedUpdateManyInput = {
    sha256?: StringFieldUpdateOperationsInput | string
    size?: BigIntFieldUpdateOperationsInput | bigint | number
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    touchedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type UploadCreateInput = {
    id: string
    sha256: string
    tempKey: string
    startedAt?: Date | string
  }

  export type UploadUncheckedCreateInput = {
    id: string
    sha256: string
    tempKey: string
    startedAt?: Date | string
  }

  export type UploadUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    sha256?: StringFieldUpdateOperationsInput | string
    tempKey?: StringFieldUpdateOperationsInput | string
    startedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type UploadUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    sha256?: StringFieldUpdateOperationsInput | string
    tempKey?: StringFieldUpdateOperationsInput | string
    startedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type UploadCreateManyInput = {
    id: string
    sha256: string
    tempKey: string
    startedAt?: Date | string
  }

  export type UploadUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    sha256?: StringFieldUpdateOperationsInput | string
    tempKey?: StringFieldUpdateOperationsInput | string
    startedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type UploadUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    sha256?: StringFieldUpdateOperationsInput | string
    tempKey?: StringFieldUpdateOperationsInput | string
    startedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type StringFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[]
    notIn?: string[]
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringFilter<$PrismaModel> | string
  }

  export type BoolFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel>
    not?: NestedBoolFilter<$PrismaModel> | boolean
  }

  export type DateTimeFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[]
    notIn?: Date[] | string[]
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeFilter<$PrismaModel> | Date | string
  }

  export type TokenListRelationFilter = {
    every?: TokenWhereInput
    some?: TokenWhereInput
    none?: TokenWhereInput
  }

  export type MembershipListRelationFilter = {
    every?: MembershipWhereInput
    some?: MembershipWhereInput
    none?: MembershipWhereInput
  }

  export type RepoListRelationFilter = {
    every?: RepoWhereInput
    some?: RepoWhereInput
    none?: RepoWhereInput
  }

  export type TokenOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type MembershipOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type RepoOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type AccountCountOrderByAggregateInput = {
    id?: SortOrder
    name?: SortOrder
    kind?: SortOrder
    isAdmin?: SortOrder
    createdAt?: SortOrder
  }

  export type AccountMaxOrderByAggregateInput = {
    id?: SortOrder
    name?: SortOrder
    kind?: SortOrder
    isAdmin?: SortOrder
    createdAt?: SortOrder
  }

  export type AccountMinOrderByAggregateInput = {
    id?: SortOrder
    name?: SortOrder
    kind?: SortOrder
    isAdmin?: SortOrder
    createdAt?: SortOrder
  }

  export type StringWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[]
    notIn?: string[]
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringWithAggregatesFilter<$PrismaModel> | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedStringFilter<$PrismaModel>
    _max?: NestedStringFilter<$PrismaModel>
  }

  export type BoolWithAggregatesFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel>
    not?: NestedBoolWithAggregatesFilter<$PrismaModel> | boolean
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedBoolFilter<$PrismaModel>
    _max?: NestedBoolFilter<$PrismaModel>
  }

  export type DateTimeWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[]
    notIn?: Date[] | string[]
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeWithAggregatesFilter<$PrismaModel> | Date | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedDateTimeFilter<$PrismaModel>
    _max?: NestedDateTimeFilter<$PrismaModel>
  }

  export type AccountScalarRelationFilter = {
    is?: AccountWhereInput
    isNot?: AccountWhereInput
  }

  export type MembershipOrgIdUserIdCompoundUniqueInput = {
    orgId: string
    userId: string
  }

  export type MembershipCountOrderByAggregateInput = {
    orgId?: SortOrder
    userId?: SortOrder
    role?: SortOrder
    createdAt?: SortOrder
  }

  export type MembershipMaxOrderByAggregateInput = {
    orgId?: SortOrder
    userId?: SortOrder
    role?: SortOrder
    createdAt?: SortOrder
  }

  export type MembershipMinOrderByAggregateInput = {
    orgId?: SortOrder
    userId?: SortOrder
    role?: SortOrder
    createdAt?: SortOrder
  }

  export type DateTimeNullableFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | null
    notIn?: Date[] | string[] | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableFilter<$PrismaModel> | Date | string | null
  }

  export type SortOrderInput = {
    sort: SortOrder
    nulls?: NullsOrder
  }

  export type TokenCountOrderByAggregateInput = {
    id?: SortOrder
    userId?: SortOrder
    hash?: SortOrder
    scope?: SortOrder
    name?: SortOrder
    createdAt?: SortOrder
    expiresAt?: SortOrder
    revokedAt?: SortOrder
    lastUsedAt?: SortOrder
  }

  export type TokenMaxOrderByAggregateInput = {
    id?: SortOrder
    userId?: SortOrder
    hash?: SortOrder
    scope?: SortOrder
    name?: SortOrder
    createdAt?: SortOrder
    expiresAt?: SortOrder
    revokedAt?: SortOrder
    lastUsedAt?: SortOrder
  }

  export type TokenMinOrderByAggregateInput = {
    id?: SortOrder
    userId?: SortOrder
    hash?: SortOrder
    scope?: SortOrder
    name?: SortOrder
    createdAt?: SortOrder
    expiresAt?: SortOrder
    revokedAt?: SortOrder
    lastUsedAt?: SortOrder
  }

  export type DateTimeNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | null
    notIn?: Date[] | string[] | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableWithAggregatesFilter<$PrismaModel> | Date | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedDateTimeNullableFilter<$PrismaModel>
    _max?: NestedDateTimeNullableFilter<$PrismaModel>
  }

  export type IntFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[]
    notIn?: number[]
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntFilter<$PrismaModel> | number
  }

  export type StringNullableFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | null
    notIn?: string[] | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringNullableFilter<$PrismaModel> | string | null
  }

  export type RevisionListRelationFilter = {
    every?: RevisionWhereInput
    some?: RevisionWhereInput
    none?: RevisionWhereInput
  }

  export type RefListRelationFilter = {
    every?: RefWhereInput
    some?: RefWhereInput
    none?: RefWhereInput
  }

  export type RevisionOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type RefOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type RepoOwnerIdNameCompoundUniqueInput = {
    ownerId: string
    name: string
  }

  export type RepoCountOrderByAggregateInput = {
    id?: SortOrder
    ownerId?: SortOrder
    name?: SortOrder
    private?: SortOrder
    downloads?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
    headRevisionId?: SortOrder
    deltaType?: SortOrder
    backboneArchitecture?: SortOrder
    backboneName?: SortOrder
    backboneFingerprint?: SortOrder
    task?: SortOrder
    license?: SortOrder
    tags?: SortOrder
    searchText?: SortOrder
  }

  export type RepoAvgOrderByAggregateInput = {
    downloads?: SortOrder
  }

  export type RepoMaxOrderByAggregateInput = {
    id?: SortOrder
    ownerId?: SortOrder
    name?: SortOrder
    private?: SortOrder
    downloads?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
    headRevisionId?: SortOrder
    deltaType?: SortOrder
    backboneArchitecture?: SortOrder
    backboneName?: SortOrder
    backboneFingerprint?: SortOrder
    task?: SortOrder
    license?: SortOrder
    tags?: SortOrder
    searchText?: SortOrder
  }

  export type RepoMinOrderByAggregateInput = {
    id?: SortOrder
    ownerId?: SortOrder
    name?: SortOrder
    private?: SortOrder
    downloads?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
    headRevisionId?: SortOrder
    deltaType?: SortOrder
    backboneArchitecture?: SortOrder
    backboneName?: SortOrder
    backboneFingerprint?: SortOrder
    task?: SortOrder
    license?: SortOrder
    tags?: SortOrder
    searchText?: SortOrder
  }

  export type RepoSumOrderByAggregateInput = {
    downloads?: SortOrder
  }

  export type IntWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[]
    notIn?: number[]
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntWithAggregatesFilter<$PrismaModel> | number
    _count?: NestedIntFilter<$PrismaModel>
    _avg?: NestedFloatFilter<$PrismaModel>
    _sum?: NestedIntFilter<$PrismaModel>
    _min?: NestedIntFilter<$PrismaModel>
    _max?: NestedIntFilter<$PrismaModel>
  }

  export type StringNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | null
    notIn?: string[] | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringNullableWithAggregatesFilter<$PrismaModel> | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedStringNullableFilter<$PrismaModel>
    _max?: NestedStringNullableFilter<$PrismaModel>
  }

  export type BigIntNullableFilter<$PrismaModel = never> = {
    equals?: bigint | number | BigIntFieldRefInput<$PrismaModel> | null
    in?: bigint[] | number[] | null
    notIn?: bigint[] | number[] | null
    lt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    lte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    not?: NestedBigIntNullableFilter<$PrismaModel> | bigint | number | null
  }

  export type RepoScalarRelationFilter = {
    is?: RepoWhereInput
    isNot?: RepoWhereInput
  }

  export type RevisionFileListRelationFilter = {
    every?: RevisionFileWhereInput
    some?: RevisionFileWhereInput
    none?: RevisionFileWhereInput
  }

  export type RevisionFileOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type RevisionCountOrderByAggregateInput = {
    id?: SortOrder
    repoId?: SortOrder
    parentId?: SortOrder
    message?: SortOrder
    authorId?: SortOrder
    createdAt?: SortOrder
    deltaType?: SortOrder
    backboneArchitecture?: SortOrder
    backboneModelClass?: SortOrder
    backboneName?: SortOrder
    backboneFingerprint?: SortOrder
    weightsFingerprint?: SortOrder
    modifiedModules?: SortOrder
    trainableParameters?: SortOrder
    totalParameters?: SortOrder
    task?: SortOrder
    dataset?: SortOrder
    license?: SortOrder
    tags?: SortOrder
    card?: SortOrder
    cardMeta?: SortOrder
    config?: SortOrder
  }

  export type RevisionAvgOrderByAggregateInput = {
    trainableParameters?: SortOrder
    totalParameters?: SortOrder
  }

  export type RevisionMaxOrderByAggregateInput = {
    id?: SortOrder
    repoId?: SortOrder
    parentId?: SortOrder
    message?: SortOrder
    authorId?: SortOrder
    createdAt?: SortOrder
    deltaType?: SortOrder
    backboneArchitecture?: SortOrder
    backboneModelClass?: SortOrder
    backboneName?: SortOrder
    backboneFingerprint?: SortOrder
    weightsFingerprint?: SortOrder
    modifiedModules?: SortOrder
    trainableParameters?: SortOrder
    totalParameters?: SortOrder
    task?: SortOrder
    dataset?: SortOrder
    license?: SortOrder
    tags?: SortOrder
    card?: SortOrder
    cardMeta?: SortOrder
    config?: SortOrder
  }

  export type RevisionMinOrderByAggregateInput = {
    id?: SortOrder
    repoId?: SortOrder
    parentId?: SortOrder
    message?: SortOrder
    authorId?: SortOrder
    createdAt?: SortOrder
    deltaType?: SortOrder
    backboneArchitecture?: SortOrder
    backboneModelClass?: SortOrder
    backboneName?: SortOrder
    backboneFingerprint?: SortOrder
    weightsFingerprint?: SortOrder
    modifiedModules?: SortOrder
    trainableParameters?: SortOrder
    totalParameters?: SortOrder
    task?: SortOrder
    dataset?: SortOrder
    license?: SortOrder
    tags?: SortOrder
    card?: SortOrder
    cardMeta?: SortOrder
    config?: SortOrder
  }

  export type RevisionSumOrderByAggregateInput = {
    trainableParameters?: SortOrder
    totalParameters?: SortOrder
  }

  export type BigIntNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: bigint | number | BigIntFieldRefInput<$PrismaModel> | null
    in?: bigint[] | number[] | null
    notIn?: bigint[] | number[] | null
    lt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    lte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    not?: NestedBigIntNullableWithAggregatesFilter<$PrismaModel> | bigint | number | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _avg?: NestedFloatNullableFilter<$PrismaModel>
    _sum?: NestedBigIntNullableFilter<$PrismaModel>
    _min?: NestedBigIntNullableFilter<$PrismaModel>
    _max?: NestedBigIntNullableFilter<$PrismaModel>
  }

  export type BigIntFilter<$PrismaModel = never> = {
    equals?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    in?: bigint[] | number[]
    notIn?: bigint[] | number[]
    lt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    lte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    not?: NestedBigIntFilter<$PrismaModel> | bigint | number
  }

  export type RevisionScalarRelationFilter = {
    is?: RevisionWhereInput
    isNot?: RevisionWhereInput
  }

  export type RevisionFileRevisionIdPathCompoundUniqueInput = {
    revisionId: string
    path: string
  }

  export type RevisionFileCountOrderByAggregateInput = {
    revisionId?: SortOrder
    path?: SortOrder
    sha256?: SortOrder
    size?: SortOrder
  }

  export type RevisionFileAvgOrderByAggregateInput = {
    size?: SortOrder
  }

  export type RevisionFileMaxOrderByAggregateInput = {
    revisionId?: SortOrder
    path?: SortOrder
    sha256?: SortOrder
    size?: SortOrder
  }

  export type RevisionFileMinOrderByAggregateInput = {
    revisionId?: SortOrder
    path?: SortOrder
    sha256?: SortOrder
    size?: SortOrder
  }

  export type RevisionFileSumOrderByAggregateInput = {
    size?: SortOrder
  }

  export type BigIntWithAggregatesFilter<$PrismaModel = never> = {
    equals?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    in?: bigint[] | number[]
    notIn?: bigint[] | number[]
    lt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    lte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    not?: NestedBigIntWithAggregatesFilter<$PrismaModel> | bigint | number
    _count?: NestedIntFilter<$PrismaModel>
    _avg?: NestedFloatFilter<$PrismaModel>
    _sum?: NestedBigIntFilter<$PrismaModel>
    _min?: NestedBigIntFilter<$PrismaModel>
    _max?: NestedBigIntFilter<$PrismaModel>
  }

  export type RefRepoIdNameCompoundUniqueInput = {
    repoId: string
    name: string
  }

  export type RefCountOrderByAggregateInput = {
    repoId?: SortOrder
    name?: SortOrder
    kind?: SortOrder
    revisionId?: SortOrder
    updatedAt?: SortOrder
  }

  export type RefMaxOrderByAggregateInput = {
    repoId?: SortOrder
    name?: SortOrder
    kind?: SortOrder
    revisionId?: SortOrder
    updatedAt?: SortOrder
  }

  export type RefMinOrderByAggregateInput = {
    repoId?: SortOrder
    name?: SortOrder
    kind?: SortOrder
    revisionId?: SortOrder
    updatedAt?: SortOrder
  }

  export type BlobCountOrderByAggregateInput = {
    sha256?: SortOrder
    size?: SortOrder
    createdAt?: SortOrder
    touchedAt?: SortOrder
  }

  export type BlobAvgOrderByAggregateInput = {
    size?: SortOrder
  }

  export type BlobMaxOrderByAggregateInput = {
    sha256?: SortOrder
    size?: SortOrder
    createdAt?: SortOrder
    touchedAt?: SortOrder
  }

  export type BlobMinOrderByAggregateInput = {
    sha256?: SortOrder
    size?: SortOrder
    createdAt?: SortOrder
    touchedAt?: SortOrder
  }

  export type BlobSumOrderByAggregateInput = {
    size?: SortOrder
  }

  export type UploadCountOrderByAggregateInput = {
    id?: SortOrder
    sha256?: SortOrder
    tempKey?: SortOrder
    startedAt?: SortOrder
  }

  export type UploadMaxOrderByAggregateInput = {
    id?: SortOrder
    sha256?: SortOrder
    tempKey?: SortOrder
    startedAt?: SortOrder
  }

  export type UploadMinOrderByAggregateInput = {
    id?: SortOrder
    sha256?: SortOrder
    tempKey?: SortOrder
    startedAt?: SortOrder
  }

  export type TokenCreateNestedManyWithoutUserInput = {
    create?: XOR<TokenCreateWithoutUserInput, TokenUncheckedCreateWithoutUserInput> | TokenCreateWithoutUserInput[] | TokenUncheckedCreateWithoutUserInput[]
    connectOrCreate?: TokenCreateOrConnectWithoutUserInput | TokenCreateOrConnectWithoutUserInput[]
    createMany?: TokenCreateManyUserInputEnvelope
    connect?: TokenWhereUniqueInput | TokenWhereUniqueInput[]
  }

  export type MembershipCreateNestedManyWithoutUserInput = {
    create?: XOR<MembershipCreateWithoutUserInput, MembershipUncheckedCreateWithoutUserInput> | MembershipCreateWithoutUserInput[] | MembershipUncheckedCreateWithoutUserInput[]
    connectOrCreate?: MembershipCreateOrConnectWithoutUserInput | MembershipCreateOrConnectWithoutUserInput[]
    createMany?: MembershipCreateManyUserInputEnvelope
    connect?: MembershipWhereUniqueInput | MembershipWhereUniqueInput[]
  }

  export type MembershipCreateNestedManyWithoutOrgInput = {
    create?: XOR<MembershipCreateWithoutOrgInput, MembershipUncheckedCreateWithoutOrgInput> | MembershipCreateWithoutOrgInput[] | MembershipUncheckedCreateWithoutOrgInput[]
    connectOrCreate?: MembershipCreateOrConnectWithoutOrgInput | MembershipCreateOrConnectWithoutOrgInput[]
    createMany?: MembershipCreateManyOrgInputEnvelope
    connect?: MembershipWhereUniqueInput | MembershipWhereUniqueInput[]
  }

  export type RepoCreateNestedManyWithoutOwnerInput = {
    create?: XOR<RepoCreateWithoutOwnerInput, RepoUncheckedCreateWithoutOwnerInput> | RepoCreateWithoutOwnerInput[] | RepoUncheckedCreateWithoutOwnerInput[]
    connectOrCreate?: RepoCreateOrConnectWithoutOwnerInput | RepoCreateOrConnectWithoutOwnerInput[]
    createMany?: RepoCreateManyOwnerInputEnvelope
    connect?: RepoWhereUniqueInput | RepoWhereUniqueInput[]
  }

  export type TokenUncheckedCreateNestedManyWithoutUserInput = {
    create?: XOR<TokenCreateWithoutUserInput, TokenUncheckedCreateWithoutUserInput> | TokenCreateWithoutUserInput[] | TokenUncheckedCreateWithoutUserInput[]
    connectOrCreate?: TokenCreateOrConnectWithoutUserInput | TokenCreateOrConnectWithoutUserInput[]
    createMany?: TokenCreateManyUserInputEnvelope
    connect?: TokenWhereUniqueInput | TokenWhereUniqueInput[]
  }

  export type MembershipUncheckedCreateNestedManyWithoutUserInput = {
    create?: XOR<MembershipCreateWithoutUserInput, MembershipUncheckedCreateWithoutUserInput> | MembershipCreateWithoutUserInput[] | MembershipUncheckedCreateWithoutUserInput[]
    connectOrCreate?: MembershipCreateOrConnectWithoutUserInput | MembershipCreateOrConnectWithoutUserInput[]
    createMany?: MembershipCreateManyUserInputEnvelope
    connect?: MembershipWhereUniqueInput | MembershipWhereUniqueInput[]
  }

  export type MembershipUncheckedCreateNestedManyWithoutOrgInput = {
    create?: XOR<MembershipCreateWithoutOrgInput, MembershipUncheckedCreateWithoutOrgInput> | MembershipCreateWithoutOrgInput[] | MembershipUncheckedCreateWithoutOrgInput[]
    connectOrCreate?: MembershipCreateOrConnectWithoutOrgInput | MembershipCreateOrConnectWithoutOrgInput[]
    createMany?: MembershipCreateManyOrgInputEnvelope
    connect?: MembershipWhereUniqueInput | MembershipWhereUniqueInput[]
  }

  export type RepoUncheckedCreateNestedManyWithoutOwnerInput = {
    create?: XOR<RepoCreateWithoutOwnerInput, RepoUncheckedCreateWithoutOwnerInput> | RepoCreateWithoutOwnerInput[] | RepoUncheckedCreateWithoutOwnerInput[]
    connectOrCreate?: RepoCreateOrConnectWithoutOwnerInput | RepoCreateOrConnectWithoutOwnerInput[]
    createMany?: RepoCreateManyOwnerInputEnvelope
    connect?: RepoWhereUniqueInput | RepoWhereUniqueInput[]
  }

  export type StringFieldUpdateOperationsInput = {
    set?: string
  }

  export type BoolFieldUpdateOperationsInput = {
    set?: boolean
  }

  export type DateTimeFieldUpdateOperationsInput = {
    set?: Date | string
  }

  export type TokenUpdateManyWithoutUserNestedInput = {
    create?: XOR<TokenCreateWithoutUserInput, TokenUncheckedCreateWithoutUserInput> | TokenCreateWithoutUserInput[] | TokenUncheckedCreateWithoutUserInput[]
    connectOrCreate?: TokenCreateOrConnectWithoutUserInput | TokenCreateOrConnectWithoutUserInput[]
    upsert?: TokenUpsertWithWhereUniqueWithoutUserInput | TokenUpsertWithWhereUniqueWithoutUserInput[]
    createMany?: TokenCreateManyUserInputEnvelope
    set?: TokenWhereUniqueInput | TokenWhereUniqueInput[]
    disconnect?: TokenWhereUniqueInput | TokenWhereUniqueInput[]
    delete?: TokenWhereUniqueInput | TokenWhereUniqueInput[]
    connect?: TokenWhereUniqueInput | TokenWhereUniqueInput[]
    update?: TokenUpdateWithWhereUniqueWithoutUserInput | TokenUpdateWithWhereUniqueWithoutUserInput[]
    updateMany?: TokenUpdateManyWithWhereWithoutUserInput | TokenUpdateManyWithWhereWithoutUserInput[]
    deleteMany?: TokenScalarWhereInput | TokenScalarWhereInput[]
  }

  export type MembershipUpdateManyWithoutUserNestedInput = {
    create?: XOR<MembershipCreateWithoutUserInput, MembershipUncheckedCreateWithoutUserInput> | MembershipCreateWithoutUserInput[] | MembershipUncheckedCreateWithoutUserInput[]
    connectOrCreate?: MembershipCreateOrConnectWithoutUserInput | MembershipCreateOrConnectWithoutUserInput[]
    upsert?: MembershipUpsertWithWhereUniqueWithoutUserInput | MembershipUpsertWithWhereUniqueWithoutUserInput[]
    createMany?: MembershipCreateManyUserInputEnvelope
    set?: MembershipWhereUniqueInput | MembershipWhereUniqueInput[]
    disconnect?: MembershipWhereUniqueInput | MembershipWhereUniqueInput[]
    delete?: MembershipWhereUniqueInput | MembershipWhereUniqueInput[]
    connect?: MembershipWhereUniqueInput | MembershipWhereUniqueInput[]
    update?: MembershipUpdateWithWhereUniqueWithoutUserInput | MembershipUpdateWithWhereUniqueWithoutUserInput[]
    updateMany?: MembershipUpdateManyWithWhereWithoutUserInput | MembershipUpdateManyWithWhereWithoutUserInput[]
    deleteMany?: MembershipScalarWhereInput | MembershipScalarWhereInput[]
  }

  export type MembershipUpdateManyWithoutOrgNestedInput = {
    create?: XOR<MembershipCreateWithoutOrgInput, MembershipUncheckedCreateWithoutOrgInput> | MembershipCreateWithoutOrgInput[] | MembershipUncheckedCreateWithoutOrgInput[]
    connectOrCreate?: MembershipCreateOrConnectWithoutOrgInput | MembershipCreateOrConnectWithoutOrgInput[]
    upsert?: MembershipUpsertWithWhereUniqueWithoutOrgInput | MembershipUpsertWithWhereUniqueWithoutOrgInput[]
    createMany?: MembershipCreateManyOrgInputEnvelope
    set?: MembershipWhereUniqueInput | MembershipWhereUniqueInput[]
    disconnect?: MembershipWhereUniqueInput | MembershipWhereUniqueInput[]
    delete?: MembershipWhereUniqueInput | MembershipWhereUniqueInput[]
    connect?: MembershipWhereUniqueInput | MembershipWhereUniqueInput[]
    update?: MembershipUpdateWithWhereUniqueWithoutOrgInput | MembershipUpdateWithWhereUniqueWithoutOrgInput[]
    updateMany?: MembershipUpdateManyWithWhereWithoutOrgInput | MembershipUpdateManyWithWhereWithoutOrgInput[]
    deleteMany?: MembershipScalarWhereInput | MembershipScalarWhereInput[]
  }

  export type RepoUpdateManyWithoutOwnerNestedInput = {
    create?: XOR<RepoCreateWithoutOwnerInput, RepoUncheckedCreateWithoutOwnerInput> | RepoCreateWithoutOwnerInput[] | RepoUncheckedCreateWithoutOwnerInput[]
    connectOrCreate?: RepoCreateOrConnectWithoutOwnerInput | RepoCreateOrConnectWithoutOwnerInput[]
    upsert?: RepoUpsertWithWhereUniqueWithoutOwnerInput | RepoUpsertWithWhereUniqueWithoutOwnerInput[]
    createMany?: RepoCreateManyOwnerInputEnvelope
    set?: RepoWhereUniqueInput | RepoWhereUniqueInput[]
    disconnect?: RepoWhereUniqueInput | RepoWhereUniqueInput[]
    delete?: RepoWhereUniqueInput | RepoWhereUniqueInput[]
    connect?: RepoWhereUniqueInput | RepoWhereUniqueInput[]
    update?: RepoUpdateWithWhereUniqueWithoutOwnerInput | RepoUpdateWithWhereUniqueWithoutOwnerInput[]
    updateMany?: RepoUpdateManyWithWhereWithoutOwnerInput | RepoUpdateManyWithWhereWithoutOwnerInput[]
    deleteMany?: RepoScalarWhereInput | RepoScalarWhereInput[]
  }

  export type TokenUncheckedUpdateManyWithoutUserNestedInput = {
    create?: XOR<TokenCreateWithoutUserInput, TokenUncheckedCreateWithoutUserInput> | TokenCreateWithoutUserInput[] | TokenUncheckedCreateWithoutUserInput[]
    connectOrCreate?: TokenCreateOrConnectWithoutUserInput | TokenCreateOrConnectWithoutUserInput[]
    upsert?: TokenUpsertWithWhereUniqueWithoutUserInput | TokenUpsertWithWhereUniqueWithoutUserInput[]
    createMany?: TokenCreateManyUserInputEnvelope
    set?: TokenWhereUniqueInput | TokenWhereUniqueInput[]
    disconnect?: TokenWhereUniqueInput | TokenWhereUniqueInput[]
    delete?: TokenWhereUniqueInput | TokenWhereUniqueInput[]
    connect?: TokenWhereUniqueInput | TokenWhereUniqueInput[]
    update?: TokenUpdateWithWhereUniqueWithoutUserInput | TokenUpdateWithWhereUniqueWithoutUserInput[]
    updateMany?: TokenUpdateManyWithWhereWithoutUserInput | TokenUpdateManyWithWhereWithoutUserInput[]
    deleteMany?: TokenScalarWhereInput | TokenScalarWhereInput[]
  }

  export type MembershipUncheckedUpdateManyWithoutUserNestedInput = {
    create?: XOR<MembershipCreateWithoutUserInput, MembershipUncheckedCreateWithoutUserInput> | MembershipCreateWithoutUserInput[] | MembershipUncheckedCreateWithoutUserInput[]
    connectOrCreate?: MembershipCreateOrConnectWithoutUserInput | MembershipCreateOrConnectWithoutUserInput[]
    upsert?: MembershipUpsertWithWhereUniqueWithoutUserInput | MembershipUpsertWithWhereUniqueWithoutUserInput[]
    createMany?: MembershipCreateManyUserInputEnvelope
    set?: MembershipWhereUniqueInput | MembershipWhereUniqueInput[]
    disconnect?: MembershipWhereUniqueInput | MembershipWhereUniqueInput[]
    delete?: MembershipWhereUniqueInput | MembershipWhereUniqueInput[]
    connect?: MembershipWhereUniqueInput | MembershipWhereUniqueInput[]
    update?: MembershipUpdateWithWhereUniqueWithoutUserInput | MembershipUpdateWithWhereUniqueWithoutUserInput[]
    updateMany?: MembershipUpdateManyWithWhereWithoutUserInput | MembershipUpdateManyWithWhereWithoutUserInput[]
    deleteMany?: MembershipScalarWhereInput | MembershipScalarWhereInput[]
  }

  export type MembershipUncheckedUpdateManyWithoutOrgNestedInput = {
    create?: XOR<MembershipCreateWithoutOrgInput, MembershipUncheckedCreateWithoutOrgInput> | MembershipCreateWithoutOrgInput[] | MembershipUncheckedCreateWithoutOrgInput[]
    connectOrCreate?: MembershipCreateOrConnectWithoutOrgInput | MembershipCreateOrConnectWithoutOrgInput[]
    upsert?: MembershipUpsertWithWhereUniqueWithoutOrgInput | MembershipUpsertWithWhereUniqueWithoutOrgInput[]
    createMany?: MembershipCreateManyOrgInputEnvelope
    set?: MembershipWhereUniqueInput | MembershipWhereUniqueInput[]
    disconnect?: MembershipWhereUniqueInput | MembershipWhereUniqueInput[]
    delete?: MembershipWhereUniqueInput | MembershipWhereUniqueInput[]
    connect?: MembershipWhereUniqueInput | MembershipWhereUniqueInput[]
    update?: MembershipUpdateWithWhereUniqueWithoutOrgInput | MembershipUpdateWithWhereUniqueWithoutOrgInput[]
    updateMany?: MembershipUpdateManyWithWhereWithoutOrgInput | MembershipUpdateManyWithWhereWithoutOrgInput[]
    deleteMany?: MembershipScalarWhereInput | MembershipScalarWhereInput[]
  }

  export type RepoUncheckedUpdateManyWithoutOwnerNestedInput = {
    create?: XOR<RepoCreateWithoutOwnerInput, RepoUncheckedCreateWithoutOwnerInput> | RepoCreateWithoutOwnerInput[] | RepoUncheckedCreateWithoutOwnerInput[]
    connectOrCreate?: RepoCreateOrConnectWithoutOwnerInput | RepoCreateOrConnectWithoutOwnerInput[]
    upsert?: RepoUpsertWithWhereUniqueWithoutOwnerInput | RepoUpsertWithWhereUniqueWithoutOwnerInput[]
    createMany?: RepoCreateManyOwnerInputEnvelope
    set?: RepoWhereUniqueInput | RepoWhereUniqueInput[]
    disconnect?: RepoWhereUniqueInput | RepoWhereUniqueInput[]
    delete?: RepoWhereUniqueInput | RepoWhereUniqueInput[]
    connect?: RepoWhereUniqueInput | RepoWhereUniqueInput[]
    update?: RepoUpdateWithWhereUniqueWithoutOwnerInput | RepoUpdateWithWhereUniqueWithoutOwnerInput[]
    updateMany?: RepoUpdateManyWithWhereWithoutOwnerInput | RepoUpdateManyWithWhereWithoutOwnerInput[]
    deleteMany?: RepoScalarWhereInput | RepoScalarWhereInput[]
  }

  export type AccountCreateNestedOneWithoutMembersInput = {
    create?: XOR<AccountCreateWithoutMembersInput, AccountUncheckedCreateWithoutMembersInput>
    connectOrCreate?: AccountCreateOrConnectWithoutMembersInput
    connect?: AccountWhereUniqueInput
  }

  export type AccountCreateNestedOneWithoutMembershipsInput = {
    create?: XOR<AccountCreateWithoutMembershipsInput, AccountUncheckedCreateWithoutMembershipsInput>
    connectOrCreate?: AccountCreateOrConnectWithoutMembershipsInput
    connect?: AccountWhereUniqueInput
  }

  export type AccountUpdateOneRequiredWithoutMembersNestedInput = {
    create?: XOR<AccountCreateWithoutMembersInput, AccountUncheckedCreateWithoutMembersInput>
    connectOrCreate?: AccountCreateOrConnectWithoutMembersInput
    upsert?: AccountUpsertWithoutMembersInput
    connect?: AccountWhereUniqueInput
    update?: XOR<XOR<AccountUpdateToOneWithWhereWithoutMembersInput, AccountUpdateWithoutMembersInput>, AccountUncheckedUpdateWithoutMembersInput>
  }

  export type AccountUpdateOneRequiredWithoutMembershipsNestedInput = {
    create?: XOR<AccountCreateWithoutMembershipsInput, AccountUncheckedCreateWithoutMembershipsInput>
    connectOrCreate?: AccountCreateOrConnectWithoutMembershipsInput
    upsert?: AccountUpsertWithoutMembershipsInput
    connect?: AccountWhereUniqueInput
    update?: XOR<XOR<AccountUpdateToOneWithWhereWithoutMembershipsInput, AccountUpdateWithoutMembershipsInput>, AccountUncheckedUpdateWithoutMembershipsInput>
  }

  export type AccountCreateNestedOneWithoutTokensInput = {
    create?: XOR<AccountCreateWithoutTokensInput, AccountUncheckedCreateWithoutTokensInput>
    connectOrCreate?: AccountCreateOrConnectWithoutTokensInput
    connect?: AccountWhereUniqueInput
  }

  export type NullableDateTimeFieldUpdateOperationsInput = {
    set?: Date | string | null
  }

  export type AccountUpdateOneRequiredWithoutTokensNestedInput = {
    create?: XOR<AccountCreateWithoutTokensInput, AccountUncheckedCreateWithoutTokensInput>
    connectOrCreate?: AccountCreateOrConnectWithoutTokensInput
    upsert?: AccountUpsertWithoutTokensInput
    connect?: AccountWhereUniqueInput
    update?: XOR<XOR<AccountUpdateToOneWithWhereWithoutTokensInput, AccountUpdateWithoutTokensInput>, AccountUncheckedUpdateWithoutTokensInput>
  }

  export type AccountCreateNestedOneWithoutReposInput = {
    create?: XOR<AccountCreateWithoutReposInput, AccountUncheckedCreateWithoutReposInput>
    connectOrCreate?: AccountCreateOrConnectWithoutReposInput
    connect?: AccountWhereUniqueInput
  }

  export type RevisionCreateNestedManyWithoutRepoInput = {
    create?: XOR<RevisionCreateWithoutRepoInput, RevisionUncheckedCreateWithoutRepoInput> | RevisionCreateWithoutRepoInput[] | RevisionUncheckedCreateWithoutRepoInput[]
    connectOrCreate?: RevisionCreateOrConnectWithoutRepoInput | RevisionCreateOrConnectWithoutRepoInput[]
    createMany?: RevisionCreateManyRepoInputEnvelope
    connect?: RevisionWhereUniqueInput | RevisionWhereUniqueInput[]
  }

  export type RefCreateNestedManyWithoutRepoInput = {
    create?: XOR<RefCreateWithoutRepoInput, RefUncheckedCreateWithoutRepoInput> | RefCreateWithoutRepoInput[] | RefUncheckedCreateWithoutRepoInput[]
    connectOrCreate?: RefCreateOrConnectWithoutRepoInput | RefCreateOrConnectWithoutRepoInput[]
    createMany?: RefCreateManyRepoInputEnvelope
    connect?: RefWhereUniqueInput | RefWhereUniqueInput[]
  }

  export type RevisionUncheckedCreateNestedManyWithoutRepoInput = {
    create?: XOR<RevisionCreateWithoutRepoInput, RevisionUncheckedCreateWithoutRepoInput> | RevisionCreateWithoutRepoInput[] | RevisionUncheckedCreateWithoutRepoInput[]
    connectOrCreate?: RevisionCreateOrConnectWithoutRepoInput | RevisionCreateOrConnectWithoutRepoInput[]
    createMany?: RevisionCreateManyRepoInputEnvelope
    connect?: RevisionWhereUniqueInput | RevisionWhereUniqueInput[]
  }

  export type RefUncheckedCreateNestedManyWithoutRepoInput = {
    create?: XOR<RefCreateWithoutRepoInput, RefUncheckedCreateWithoutRepoInput> | RefCreateWithoutRepoInput[] | RefUncheckedCreateWithoutRepoInput[]
    connectOrCreate?: RefCreateOrConnectWithoutRepoInput | RefCreateOrConnectWithoutRepoInput[]
    createMany?: RefCreateManyRepoInputEnvelope
    connect?: RefWhereUniqueInput | RefWhereUniqueInput[]
  }

  export type IntFieldUpdateOperationsInput = {
    set?: number
    increment?: number
    decrement?: number
    multiply?: number
    divide?: number
  }

  export type NullableStringFieldUpdateOperationsInput = {
    set?: string | null
  }

  export type AccountUpdateOneRequiredWithoutReposNestedInput = {
    create?: XOR<AccountCreateWithoutReposInput, AccountUncheckedCreateWithoutReposInput>
    connectOrCreate?: AccountCreateOrConnectWithoutReposInput
    upsert?: AccountUpsertWithoutReposInput
    connect?: AccountWhereUniqueInput
    update?: XOR<XOR<AccountUpdateToOneWithWhereWithoutReposInput, AccountUpdateWithoutReposInput>, AccountUncheckedUpdateWithoutReposInput>
  }

  export type RevisionUpdateManyWithoutRepoNestedInput = {
    create?: XOR<RevisionCreateWithoutRepoInput, RevisionUncheckedCreateWithoutRepoInput> | RevisionCreateWithoutRepoInput[] | RevisionUncheckedCreateWithoutRepoInput[]
    connectOrCreate?: RevisionCreateOrConnectWithoutRepoInput | RevisionCreateOrConnectWithoutRepoInput[]
    upsert?: RevisionUpsertWithWhereUniqueWithoutRepoInput | RevisionUpsertWithWhereUniqueWithoutRepoInput[]
    createMany?: RevisionCreateManyRepoInputEnvelope
    set?: RevisionWhereUniqueInput | RevisionWhereUniqueInput[]
    disconnect?: RevisionWhereUniqueInput | RevisionWhereUniqueInput[]
    delete?: RevisionWhereUniqueInput | RevisionWhereUniqueInput[]
    connect?: RevisionWhereUniqueInput | RevisionWhereUniqueInput[]
    update?: RevisionUpdateWithWhereUniqueWithoutRepoInput | RevisionUpdateWithWhereUniqueWithoutRepoInput[]
    updateMany?: RevisionUpdateManyWithWhereWithoutRepoInput | RevisionUpdateManyWithWhereWithoutRepoInput[]
    deleteMany?: RevisionScalarWhereInput | RevisionScalarWhereInput[]
  }

  export type RefUpdateManyWithoutRepoNestedInput = {
    create?: XOR<RefCreateWithoutRepoInput, RefUncheckedCreateWithoutRepoInput> | RefCreateWithoutRepoInput[] | RefUncheckedCreateWithoutRepoInput[]
    connectOrCreate?: RefCreateOrConnectWithoutRepoInput | RefCreateOrConnectWithoutRepoInput[]
    upsert?: RefUpsertWithWhereUniqueWithoutRepoInput | RefUpsertWithWhereUniqueWithoutRepoInput[]
    createMany?: RefCreateManyRepoInputEnvelope
    set?: RefWhereUniqueInput | RefWhereUniqueInput[]
    disconnect?: RefWhereUniqueInput | RefWhereUniqueInput[]
    delete?: RefWhereUniqueInput | RefWhereUniqueInput[]
    connect?: RefWhereUniqueInput | RefWhereUniqueInput[]
    update?: RefUpdateWithWhereUniqueWithoutRepoInput | RefUpdateWithWhereUniqueWithoutRepoInput[]
    updateMany?: RefUpdateManyWithWhereWithoutRepoInput | RefUpdateManyWithWhereWithoutRepoInput[]
    deleteMany?: RefScalarWhereInput | RefScalarWhereInput[]
  }

  export type RevisionUncheckedUpdateManyWithoutRepoNestedInput = {
    create?: XOR<RevisionCreateWithoutRepoInput, RevisionUncheckedCreateWithoutRepoInput> | RevisionCreateWithoutRepoInput[] | RevisionUncheckedCreateWithoutRepoInput[]
    connectOrCreate?: RevisionCreateOrConnectWithoutRepoInput | RevisionCreateOrConnectWithoutRepoInput[]
    upsert?: RevisionUpsertWithWhereUniqueWithoutRepoInput | RevisionUpsertWithWhereUniqueWithoutRepoInput[]
    createMany?: RevisionCreateManyRepoInputEnvelope
    set?: RevisionWhereUniqueInput | RevisionWhereUniqueInput[]
    disconnect?: RevisionWhereUniqueInput | RevisionWhereUniqueInput[]
    delete?: RevisionWhereUniqueInput | RevisionWhereUniqueInput[]
    connect?: RevisionWhereUniqueInput | RevisionWhereUniqueInput[]
    update?: RevisionUpdateWithWhereUniqueWithoutRepoInput | RevisionUpdateWithWhereUniqueWithoutRepoInput[]
    updateMany?: RevisionUpdateManyWithWhereWithoutRepoInput | RevisionUpdateManyWithWhereWithoutRepoInput[]
    deleteMany?: RevisionScalarWhereInput | RevisionScalarWhereInput[]
  }

  export type RefUncheckedUpdateManyWithoutRepoNestedInput = {
    create?: XOR<RefCreateWithoutRepoInput, RefUncheckedCreateWithoutRepoInput> | RefCreateWithoutRepoInput[] | RefUncheckedCreateWithoutRepoInput[]
    connectOrCreate?: RefCreateOrConnectWithoutRepoInput | RefCreateOrConnectWithoutRepoInput[]
    upsert?: RefUpsertWithWhereUniqueWithoutRepoInput | RefUpsertWithWhereUniqueWithoutRepoInput[]
    createMany?: RefCreateManyRepoInputEnvelope
    set?: RefWhereUniqueInput | RefWhereUniqueInput[]
    disconnect?: RefWhereUniqueInput | RefWhereUniqueInput[]
    delete?: RefWhereUniqueInput | RefWhereUniqueInput[]
    connect?: RefWhereUniqueInput | RefWhereUniqueInput[]
    update?: RefUpdateWithWhereUniqueWithoutRepoInput | RefUpdateWithWhereUniqueWithoutRepoInput[]
    updateMany?: RefUpdateManyWithWhereWithoutRepoInput | RefUpdateManyWithWhereWithoutRepoInput[]
    deleteMany?: RefScalarWhereInput | RefScalarWhereInput[]
  }

  export type RepoCreateNestedOneWithoutRevisionsInput = {
    create?: XOR<RepoCreateWithoutRevisionsInput, RepoUncheckedCreateWithoutRevisionsInput>
    connectOrCreate?: RepoCreateOrConnectWithoutRevisionsInput
    connect?: RepoWhereUniqueInput
  }

  export type RevisionFileCreateNestedManyWithoutRevisionInput = {
    create?: XOR<RevisionFileCreateWithoutRevisionInput, RevisionFileUncheckedCreateWithoutRevisionInput> | RevisionFileCreateWithoutRevisionInput[] | RevisionFileUncheckedCreateWithoutRevisionInput[]
    connectOrCreate?: RevisionFileCreateOrConnectWithoutRevisionInput | RevisionFileCreateOrConnectWithoutRevisionInput[]
    createMany?: RevisionFileCreateManyRevisionInputEnvelope
    connect?: RevisionFileWhereUniqueInput | RevisionFileWhereUniqueInput[]
  }

  export type RevisionFileUncheckedCreateNestedManyWithoutRevisionInput = {
    create?: XOR<RevisionFileCreateWithoutRevisionInput, RevisionFileUncheckedCreateWithoutRevisionInput> | RevisionFileCreateWithoutRevisionInput[] | RevisionFileUncheckedCreateWithoutRevisionInput[]
    connectOrCreate?: RevisionFileCreateOrConnectWithoutRevisionInput | RevisionFileCreateOrConnectWithoutRevisionInput[]
    createMany?: RevisionFileCreateManyRevisionInputEnvelope
    connect?: RevisionFileWhereUniqueInput | RevisionFileWhereUniqueInput[]
  }

  export type NullableBigIntFieldUpdateOperationsInput = {
    set?: bigint | number | null
    increment?: bigint | number
    decrement?: bigint | number
    multiply?: bigint | number
    divide?: bigint | number
  }

  export type RepoUpdateOneRequiredWithoutRevisionsNestedInput = {
    create?: XOR<RepoCreateWithoutRevisionsInput, RepoUncheckedCreateWithoutRevisionsInput>
    connectOrCreate?: RepoCreateOrConnectWithoutRevisionsInput
    upsert?: RepoUpsertWithoutRevisionsInput
    connect?: RepoWhereUniqueInput
    update?: XOR<XOR<RepoUpdateToOneWithWhereWithoutRevisionsInput, RepoUpdateWithoutRevisionsInput>, RepoUncheckedUpdateWithoutRevisionsInput>
  }

  export type RevisionFileUpdateManyWithoutRevisionNestedInput = {
    create?: XOR<RevisionFileCreateWithoutRevisionInput, RevisionFileUncheckedCreateWithoutRevisionInput> | RevisionFileCreateWithoutRevisionInput[] | RevisionFileUncheckedCreateWithoutRevisionInput[]
    connectOrCreate?: RevisionFileCreateOrConnectWithoutRevisionInput | RevisionFileCreateOrConnectWithoutRevisionInput[]
    upsert?: RevisionFileUpsertWithWhereUniqueWithoutRevisionInput | RevisionFileUpsertWithWhereUniqueWithoutRevisionInput[]
    createMany?: RevisionFileCreateManyRevisionInputEnvelope
    set?: RevisionFileWhereUniqueInput | RevisionFileWhereUniqueInput[]
    disconnect?: RevisionFileWhereUniqueInput | RevisionFileWhereUniqueInput[]
    delete?: RevisionFileWhereUniqueInput | RevisionFileWhereUniqueInput[]
    connect?: RevisionFileWhereUniqueInput | RevisionFileWhereUniqueInput[]
    update?: RevisionFileUpdateWithWhereUniqueWithoutRevisionInput | RevisionFileUpdateWithWhereUniqueWithoutRevisionInput[]
    updateMany?: RevisionFileUpdateManyWithWhereWithoutRevisionInput | RevisionFileUpdateManyWithWhereWithoutRevisionInput[]
    deleteMany?: RevisionFileScalarWhereInput | RevisionFileScalarWhereInput[]
  }

  export type RevisionFileUncheckedUpdateManyWithoutRevisionNestedInput = {
    create?: XOR<RevisionFileCreateWithoutRevisionInput, RevisionFileUncheckedCreateWithoutRevisionInput> | RevisionFileCreateWithoutRevisionInput[] | RevisionFileUncheckedCreateWithoutRevisionInput[]
    connectOrCreate?: RevisionFileCreateOrConnectWithoutRevisionInput | RevisionFileCreateOrConnectWithoutRevisionInput[]
    upsert?: RevisionFileUpsertWithWhereUniqueWithoutRevisionInput | RevisionFileUpsertWithWhereUniqueWithoutRevisionInput[]
    createMany?: RevisionFileCreateManyRevisionInputEnvelope
    set?: RevisionFileWhereUniqueInput | RevisionFileWhereUniqueInput[]
    disconnect?: RevisionFileWhereUniqueInput | RevisionFileWhereUniqueInput[]
    delete?: RevisionFileWhereUniqueInput | RevisionFileWhereUniqueInput[]
    connect?: RevisionFileWhereUniqueInput | RevisionFileWhereUniqueInput[]
    update?: RevisionFileUpdateWithWhereUniqueWithoutRevisionInput | RevisionFileUpdateWithWhereUniqueWithoutRevisionInput[]
    updateMany?: RevisionFileUpdateManyWithWhereWithoutRevisionInput | RevisionFileUpdateManyWithWhereWithoutRevisionInput[]
    deleteMany?: RevisionFileScalarWhereInput | RevisionFileScalarWhereInput[]
  }

  export type RevisionCreateNestedOneWithoutFilesInput = {
    create?: XOR<RevisionCreateWithoutFilesInput, RevisionUncheckedCreateWithoutFilesInput>
    connectOrCreate?: RevisionCreateOrConnectWithoutFilesInput
    connect?: RevisionWhereUniqueInput
  }

  export type BigIntFieldUpdateOperationsInput = {
    set?: bigint | number
    increment?: bigint | number
    decrement?: bigint | number
    multiply?: bigint | number
    divide?: bigint | number
  }

  export type RevisionUpdateOneRequiredWithoutFilesNestedInput = {
    create?: XOR<RevisionCreateWithoutFilesInput, RevisionUncheckedCreateWithoutFilesInput>
    connectOrCreate?: RevisionCreateOrConnectWithoutFilesInput
    upsert?: RevisionUpsertWithoutFilesInput
    connect?: RevisionWhereUniqueInput
    update?: XOR<XOR<RevisionUpdateToOneWithWhereWithoutFilesInput, RevisionUpdateWithoutFilesInput>, RevisionUncheckedUpdateWithoutFilesInput>
  }

  export type RepoCreateNestedOneWithoutRefsInput = {
    create?: XOR<RepoCreateWithoutRefsInput, RepoUncheckedCreateWithoutRefsInput>
    connectOrCreate?: RepoCreateOrConnectWithoutRefsInput
    connect?: RepoWhereUniqueInput
  }

  export type RepoUpdateOneRequiredWithoutRefsNestedInput = {
    create?: XOR<RepoCreateWithoutRefsInput, RepoUncheckedCreateWithoutRefsInput>
    connectOrCreate?: RepoCreateOrConnectWithoutRefsInput
    upsert?: RepoUpsertWithoutRefsInput
    connect?: RepoWhereUniqueInput
    update?: XOR<XOR<RepoUpdateToOneWithWhereWithoutRefsInput, RepoUpdateWithoutRefsInput>, RepoUncheckedUpdateWithoutRefsInput>
  }

  export type NestedStringFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[]
    notIn?: string[]
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringFilter<$PrismaModel> | string
  }

  export type NestedBoolFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel>
    not?: NestedBoolFilter<$PrismaModel> | boolean
  }

  export type NestedDateTimeFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[]
    notIn?: Date[] | string[]
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeFilter<$PrismaModel> | Date | string
  }

  export type NestedStringWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[]
    notIn?: string[]
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringWithAggregatesFilter<$PrismaModel> | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedStringFilter<$PrismaModel>
    _max?: NestedStringFilter<$PrismaModel>
  }

  export type NestedIntFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[]
    notIn?: number[]
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntFilter<$PrismaModel> | number
  }

  export type NestedBoolWithAggregatesFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel>
    not?: NestedBoolWithAggregatesFilter<$PrismaModel> | boolean
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedBoolFilter<$PrismaModel>
    _max?: NestedBoolFilter<$PrismaModel>
  }

  export type NestedDateTimeWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[]
    notIn?: Date[] | string[]
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeWithAggregatesFilter<$PrismaModel> | Date | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedDateTimeFilter<$PrismaModel>
    _max?: NestedDateTimeFilter<$PrismaModel>
  }

  export type NestedDateTimeNullableFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | null
    notIn?: Date[] | string[] | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableFilter<$PrismaModel> | Date | string | null
  }

  export type NestedDateTimeNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | null
    notIn?: Date[] | string[] | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableWithAggregatesFilter<$PrismaModel> | Date | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedDateTimeNullableFilter<$PrismaModel>
    _max?: NestedDateTimeNullableFilter<$PrismaModel>
  }

  export type NestedIntNullableFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel> | null
    in?: number[] | null
    notIn?: number[] | null
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntNullableFilter<$PrismaModel> | number | null
  }

  export type NestedStringNullableFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | null
    notIn?: string[] | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringNullableFilter<$PrismaModel> | string | null
  }

  export type NestedIntWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[]
    notIn?: number[]
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntWithAggregatesFilter<$PrismaModel> | number
    _count?: NestedIntFilter<$PrismaModel>
    _avg?: NestedFloatFilter<$PrismaModel>
    _sum?: NestedIntFilter<$PrismaModel>
    _min?: NestedIntFilter<$PrismaModel>
    _max?: NestedIntFilter<$PrismaModel>
  }

  export type NestedFloatFilter<$PrismaModel = never> = {
    equals?: number | FloatFieldRefInput<$PrismaModel>
    in?: number[]
    notIn?: number[]
    lt?: number | FloatFieldRefInput<$PrismaModel>
    lte?: number | FloatFieldRefInput<$PrismaModel>
    gt?: number | FloatFieldRefInput<$PrismaModel>
    gte?: number | FloatFieldRefInput<$PrismaModel>
    not?: NestedFloatFilter<$PrismaModel> | number
  }

  export type NestedStringNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | null
    notIn?: string[] | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringNullableWithAggregatesFilter<$PrismaModel> | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedStringNullableFilter<$PrismaModel>
    _max?: NestedStringNullableFilter<$PrismaModel>
  }

  export type NestedBigIntNullableFilter<$PrismaModel = never> = {
    equals?: bigint | number | BigIntFieldRefInput<$PrismaModel> | null
    in?: bigint[] | number[] | null
    notIn?: bigint[] | number[] | null
    lt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    lte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    not?: NestedBigIntNullableFilter<$PrismaModel> | bigint | number | null
  }

  export type NestedBigIntNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: bigint | number | BigIntFieldRefInput<$PrismaModel> | null
    in?: bigint[] | number[] | null
    notIn?: bigint[] | number[] | null
    lt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    lte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    not?: NestedBigIntNullableWithAggregatesFilter<$PrismaModel> | bigint | number | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _avg?: NestedFloatNullableFilter<$PrismaModel>
    _sum?: NestedBigIntNullableFilter<$PrismaModel>
    _min?: NestedBigIntNullableFilter<$PrismaModel>
    _max?: NestedBigIntNullableFilter<$PrismaModel>
  }

  export type NestedFloatNullableFilter<$PrismaModel = never> = {
    equals?: number | FloatFieldRefInput<$PrismaModel> | null
    in?: number[] | null
    notIn?: number[] | null
    lt?: number | FloatFieldRefInput<$PrismaModel>
    lte?: number | FloatFieldRefInput<$PrismaModel>
    gt?: number | FloatFieldRefInput<$PrismaModel>
    gte?: number | FloatFieldRefInput<$PrismaModel>
    not?: NestedFloatNullableFilter<$PrismaModel> | number | null
  }

  export type NestedBigIntFilter<$PrismaModel = never> = {
    equals?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    in?: bigint[] | number[]
    notIn?: bigint[] | number[]
    lt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    lte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    not?: NestedBigIntFilter<$PrismaModel> | bigint | number
  }

  export type NestedBigIntWithAggregatesFilter<$PrismaModel = never> = {
    equals?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    in?: bigint[] | number[]
    notIn?: bigint[] | number[]
    lt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    lte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    not?: NestedBigIntWithAggregatesFilter<$PrismaModel> | bigint | number
    _count?: NestedIntFilter<$PrismaModel>
    _avg?: NestedFloatFilter<$PrismaModel>
    _sum?: NestedBigIntFilter<$PrismaModel>
    _min?: NestedBigIntFilter<$PrismaModel>
    _max?: NestedBigIntFilter<$PrismaModel>
  }

  export type TokenCreateWithoutUserInput = {
    id: string
    hash: string
    scope: string
    name?: string
    createdAt?: Date | string
    expiresAt?: Date | string | null
    revokedAt?: Date | string | null
    lastUsedAt?: Date | string | null
  }

  export type TokenUncheckedCreateWithoutUserInput = {
    id: string
    hash: string
    scope: string
    name?: string
    createdAt?: Date | string
    expiresAt?: Date | string | null
    revokedAt?: Date | string | null
    lastUsedAt?: Date | string | null
  }

  export type TokenCreateOrConnectWithoutUserInput = {
    where: TokenWhereUniqueInput
    create: XOR<TokenCreateWithoutUserInput, TokenUncheckedCreateWithoutUserInput>
  }

  export type TokenCreateManyUserInputEnvelope = {
    data: TokenCreateManyUserInput | TokenCreateManyUserInput[]
  }

  export type MembershipCreateWithoutUserInput = {
    role: string
    createdAt?: Date | string
    org: AccountCreateNestedOneWithoutMembersInput
  }

  export type MembershipUncheckedCreateWithoutUserInput = {
    orgId: string
    role: string
    createdAt?: Date | string
  }

  export type MembershipCreateOrConnectWithoutUserInput = {
    where: MembershipWhereUniqueInput
    create: XOR<MembershipCreateWithoutUserInput, MembershipUncheckedCreateWithoutUserInput>
  }

  export type MembershipCreateManyUserInputEnvelope = {
    data: MembershipCreateManyUserInput | MembershipCreateManyUserInput[]
  }

  export type MembershipCreateWithoutOrgInput = {
    role: string
    createdAt?: Date | string
    user: AccountCreateNestedOneWithoutMembershipsInput
  }

  export type MembershipUncheckedCreateWithoutOrgInput = {
    userId: string
    role: string
    createdAt?: Date | string
  }

  export type MembershipCreateOrConnectWithoutOrgInput = {
    where: MembershipWhereUniqueInput
    create: XOR<MembershipCreateWithoutOrgInput, MembershipUncheckedCreateWithoutOrgInput>
  }

  export type MembershipCreateManyOrgInputEnvelope = {
    data: MembershipCreateManyOrgInput | MembershipCreateManyOrgInput[]
  }

  export type RepoCreateWithoutOwnerInput = {
    id: string
    name: string
    private?: boolean
    downloads?: number
    createdAt?: Date | string
    updatedAt?: Date | string
    headRevisionId?: string | null
    deltaType?: string | null
    backboneArchitecture?: string | null
    backboneName?: string | null
    backboneFingerprint?: string | null
    task?: string | null
    license?: string | null
    tags?: string
    searchText?: string
    revisions?: RevisionCreateNestedManyWithoutRepoInput
    refs?: RefCreateNestedManyWithoutRepoInput
  }

  export type RepoUncheckedCreateWithoutOwnerInput = {
    id: string
    name: string
    private?: boolean
    downloads?: number
    createdAt?: Date | string
    updatedAt?: Date | string
    headRevisionId?: string | null
    deltaType?: string | null
    backboneArchitecture?: string | null
    backboneName?: string | null
    backboneFingerprint?: string | null
    task?: string | null
    license?: string | null
    tags?: string
    searchText?: string
    revisions?: RevisionUncheckedCreateNestedManyWithoutRepoInput
    refs?: RefUncheckedCreateNestedManyWithoutRepoInput
  }

  export type RepoCreateOrConnectWithoutOwnerInput = {
    where: RepoWhereUniqueInput
    create: XOR<RepoCreateWithoutOwnerInput, RepoUncheckedCreateWithoutOwnerInput>
  }

  export type RepoCreateManyOwnerInputEnvelope = {
    data: RepoCreateManyOwnerInput | RepoCreateManyOwnerInput[]
  }

  export type TokenUpsertWithWhereUniqueWithoutUserInput = {
    where: TokenWhereUniqueInput
    update: XOR<TokenUpdateWithoutUserInput, TokenUncheckedUpdateWithoutUserInput>
    create: XOR<TokenCreateWithoutUserInput, TokenUncheckedCreateWithoutUserInput>
  }

  export type TokenUpdateWithWhereUniqueWithoutUserInput = {
    where: TokenWhereUniqueInput
    data: XOR<TokenUpdateWithoutUserInput, TokenUncheckedUpdateWithoutUserInput>
  }

  export type TokenUpdateManyWithWhereWithoutUserInput = {
    where: TokenScalarWhereInput
    data: XOR<TokenUpdateManyMutationInput, TokenUncheckedUpdateManyWithoutUserInput>
  }

  export type TokenScalarWhereInput = {
    AND?: TokenScalarWhereInput | TokenScalarWhereInput[]
    OR?: TokenScalarWhereInput[]
    NOT?: TokenScalarWhereInput | TokenScalarWhereInput[]
    id?: StringFilter<"Token"> | string
    userId?: StringFilter<"Token"> | string
    hash?: StringFilter<"Token"> | string
    scope?: StringFilter<"Token"> | string
    name?: StringFilter<"Token"> | string
    createdAt?: DateTimeFilter<"Token"> | Date | string
    expiresAt?: DateTimeNullableFilter<"Token"> | Date | string | null
    revokedAt?: DateTimeNullableFilter<"Token"> | Date | string | null
    lastUsedAt?: DateTimeNullableFilter<"Token"> | Date | string | null
  }

  export type MembershipUpsertWithWhereUniqueWithoutUserInput = {
    where: MembershipWhereUniqueInput
    update: XOR<MembershipUpdateWithoutUserInput, MembershipUncheckedUpdateWithoutUserInput>
    create: XOR<MembershipCreateWithoutUserInput, MembershipUncheckedCreateWithoutUserInput>
  }

  export type MembershipUpdateWithWhereUniqueWithoutUserInput = {
    where: MembershipWhereUniqueInput
    data: XOR<MembershipUpdateWithoutUserInput, MembershipUncheckedUpdateWithoutUserInput>
  }

  export type MembershipUpdateManyWithWhereWithoutUserInput = {
    where: MembershipScalarWhereInput
    data: XOR<MembershipUpdateManyMutationInput, MembershipUncheckedUpdateManyWithoutUserInput>
  }

  export type MembershipScalarWhereInput = {
    AND?: MembershipScalarWhereInput | MembershipScalarWhereInput[]
    OR?: MembershipScalarWhereInput[]
    NOT?: MembershipScalarWhereInput | MembershipScalarWhereInput[]
    orgId?: StringFilter<"Membership"> | string
    userId?: StringFilter<"Membership"> | string
    role?: StringFilter<"Membership"> | string
    createdAt?: DateTimeFilter<"Membership"> | Date | string
  }

  export type MembershipUpsertWithWhereUniqueWithoutOrgInput = {
    where: MembershipWhereUniqueInput
    update: XOR<MembershipUpdateWithoutOrgInput, MembershipUncheckedUpdateWithoutOrgInput>
    create: XOR<MembershipCreateWithoutOrgInput, MembershipUncheckedCreateWithoutOrgInput>
  }

  export type MembershipUpdateWithWhereUniqueWithoutOrgInput = {
    where: MembershipWhereUniqueInput
    data: XOR<MembershipUpdateWithoutOrgInput, MembershipUncheckedUpdateWithoutOrgInput>
  }

  export type MembershipUpdateManyWithWhereWithoutOrgInput = {
    where: MembershipScalarWhereInput
    data: XOR<MembershipUpdateManyMutationInput, MembershipUncheckedUpdateManyWithoutOrgInput>
  }

  export type RepoUpsertWithWhereUniqueWithoutOwnerInput = {
    where: RepoWhereUniqueInput
    update: XOR<RepoUpdateWithoutOwnerInput, RepoUncheckedUpdateWithoutOwnerInput>
    create: XOR<RepoCreateWithoutOwnerInput, RepoUncheckedCreateWithoutOwnerInput>
  }

  export type RepoUpdateWithWhereUniqueWithoutOwnerInput = {
    where: RepoWhereUniqueInput
    data: XOR<RepoUpdateWithoutOwnerInput, RepoUncheckedUpdateWithoutOwnerInput>
  }

  export type RepoUpdateManyWithWhereWithoutOwnerInput = {
    where: RepoScalarWhereInput
    data: XOR<RepoUpdateManyMutationInput, RepoUncheckedUpdateManyWithoutOwnerInput>
  }

  export type RepoScalarWhereInput = {
    AND?: RepoScalarWhereInput | RepoScalarWhereInput[]
    OR?: RepoScalarWhereInput[]
    NOT?: RepoScalarWhereInput | RepoScalarWhereInput[]
    id?: StringFilter<"Repo"> | string
    ownerId?: StringFilter<"Repo"> | string
    name?: StringFilter<"Repo"> | string
    private?: BoolFilter<"Repo"> | boolean
    downloads?: IntFilter<"Repo"> | number
    createdAt?: DateTimeFilter<"Repo"> | Date | string
    updatedAt?: DateTimeFilter<"Repo"> | Date | string
    headRevisionId?: StringNullableFilter<"Repo"> | string | null
    deltaType?: StringNullableFilter<"Repo"> | string | null
    backboneArchitecture?: StringNullableFilter<"Repo"> | string | null
    backboneName?: StringNullableFilter<"Repo"> | string | null
    backboneFingerprint?: StringNullableFilter<"Repo"> | string | null
    task?: StringNullableFilter<"Repo"> | string | null
    license?: StringNullableFilter<"Repo"> | string | null
    tags?: StringFilter<"Repo"> | string
    searchText?: StringFilter<"Repo"> | string
  }

  export type AccountCreateWithoutMembersInput = {
    id: string
    name: string
    kind: string
    isAdmin?: boolean
    createdAt?: Date | string
    tokens?: TokenCreateNestedManyWithoutUserInput
    memberships?: MembershipCreateNestedManyWithoutUserInput
    repos?: RepoCreateNestedManyWithoutOwnerInput
  }

  export type AccountUncheckedCreateWithoutMembersInput = {
    id: string
    name: string
    kind: string
    isAdmin?: boolean
    createdAt?: Date | string
    tokens?: TokenUncheckedCreateNestedManyWithoutUserInput
    memberships?: MembershipUncheckedCreateNestedManyWithoutUserInput
    repos?: RepoUncheckedCreateNestedManyWithoutOwnerInput
  }

  export type AccountCreateOrConnectWithoutMembersInput = {
    where: AccountWhereUniqueInput
    create: XOR<AccountCreateWithoutMembersInput, AccountUncheckedCreateWithoutMembersInput>
  }

  export type AccountCreateWithoutMembershipsInput = {
    id: string
    name: string
    kind: string
    isAdmin?: boolean
    createdAt?: Date | string
    tokens?: TokenCreateNestedManyWithoutUserInput
    members?: MembershipCreateNestedManyWithoutOrgInput
    repos?: RepoCreateNestedManyWithoutOwnerInput
  }

  export type AccountUncheckedCreateWithoutMembershipsInput = {
    id: string
    name: string
    kind: string
    isAdmin?: boolean
    createdAt?: Date | string
    tokens?: TokenUncheckedCreateNestedManyWithoutUserInput
    members?: MembershipUncheckedCreateNestedManyWithoutOrgInput
    repos?: RepoUncheckedCreateNestedManyWithoutOwnerInput
  }

  export type AccountCreateOrConnectWithoutMembershipsInput = {
    where: AccountWhereUniqueInput
    create: XOR<AccountCreateWithoutMembershipsInput, AccountUncheckedCreateWithoutMembershipsInput>
  }

  export type AccountUpsertWithoutMembersInput = {
    update: XOR<AccountUpdateWithoutMembersInput, AccountUncheckedUpdateWithoutMembersInput>
    create: XOR<AccountCreateWithoutMembersInput, AccountUncheckedCreateWithoutMembersInput>
    where?: AccountWhereInput
  }

  export type AccountUpdateToOneWithWhereWithoutMembersInput = {
    where?: AccountWhereInput
    data: XOR<AccountUpdateWithoutMembersInput, AccountUncheckedUpdateWithoutMembersInput>
  }

  export type AccountUpdateWithoutMembersInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    isAdmin?: BoolFieldUpdateOperationsInput | boolean
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    tokens?: TokenUpdateManyWithoutUserNestedInput
    memberships?: MembershipUpdateManyWithoutUserNestedInput
    repos?: RepoUpdateManyWithoutOwnerNestedInput
  }

  export type AccountUncheckedUpdateWithoutMembersInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    isAdmin?: BoolFieldUpdateOperationsInput | boolean
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    tokens?: TokenUncheckedUpdateManyWithoutUserNestedInput
    memberships?: MembershipUncheckedUpdateManyWithoutUserNestedInput
    repos?: RepoUncheckedUpdateManyWithoutOwnerNestedInput
  }

  export type AccountUpsertWithoutMembershipsInput = {
    update: XOR<AccountUpdateWithoutMembershipsInput, AccountUncheckedUpdateWithoutMembershipsInput>
    create: XOR<AccountCreateWithoutMembershipsInput, AccountUncheckedCreateWithoutMembershipsInput>
    where?: AccountWhereInput
  }

  export type AccountUpdateToOneWithWhereWithoutMembershipsInput = {
    where?: AccountWhereInput
    data: XOR<AccountUpdateWithoutMembershipsInput, AccountUncheckedUpdateWithoutMembershipsInput>
  }

  export type AccountUpdateWithoutMembershipsInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    isAdmin?: BoolFieldUpdateOperationsInput | boolean
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    tokens?: TokenUpdateManyWithoutUserNestedInput
    members?: MembershipUpdateManyWithoutOrgNestedInput
    repos?: RepoUpdateManyWithoutOwnerNestedInput
  }

  export type AccountUncheckedUpdateWithoutMembershipsInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    isAdmin?: BoolFieldUpdateOperationsInput | boolean
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    tokens?: TokenUncheckedUpdateManyWithoutUserNestedInput
    members?: MembershipUncheckedUpdateManyWithoutOrgNestedInput
    repos?: RepoUncheckedUpdateManyWithoutOwnerNestedInput
  }

  export type AccountCreateWithoutTokensInput = {
    id: string
    name: string
    kind: string
    isAdmin?: boolean
    createdAt?: Date | string
    memberships?: MembershipCreateNestedManyWithoutUserInput
    members?: MembershipCreateNestedManyWithoutOrgInput
    repos?: RepoCreateNestedManyWithoutOwnerInput
  }

  export type AccountUncheckedCreateWithoutTokensInput = {
    id: string
    name: string
    kind: string
    isAdmin?: boolean
    createdAt?: Date | string
    memberships?: MembershipUncheckedCreateNestedManyWithoutUserInput
    members?: MembershipUncheckedCreateNestedManyWithoutOrgInput
    repos?: RepoUncheckedCreateNestedManyWithoutOwnerInput
  }

  export type AccountCreateOrConnectWithoutTokensInput = {
    where: AccountWhereUniqueInput
    create: XOR<AccountCreateWithoutTokensInput, AccountUncheckedCreateWithoutTokensInput>
  }

  export type AccountUpsertWithoutTokensInput = {
    update: XOR<AccountUpdateWithoutTokensInput, AccountUncheckedUpdateWithoutTokensInput>
    create: XOR<AccountCreateWithoutTokensInput, AccountUncheckedCreateWithoutTokensInput>
    where?: AccountWhereInput
  }

  export type AccountUpdateToOneWithWhereWithoutTokensInput = {
    where?: AccountWhereInput
    data: XOR<AccountUpdateWithoutTokensInput, AccountUncheckedUpdateWithoutTokensInput>
  }

  export type AccountUpdateWithoutTokensInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    isAdmin?: BoolFieldUpdateOperationsInput | boolean
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    memberships?: MembershipUpdateManyWithoutUserNestedInput
    members?: MembershipUpdateManyWithoutOrgNestedInput
    repos?: RepoUpdateManyWithoutOwnerNestedInput
  }

  export type AccountUncheckedUpdateWithoutTokensInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    isAdmin?: BoolFieldUpdateOperationsInput | boolean
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    memberships?: MembershipUncheckedUpdateManyWithoutUserNestedInput
    members?: MembershipUncheckedUpdateManyWithoutOrgNestedInput
    repos?: RepoUncheckedUpdateManyWithoutOwnerNestedInput
  }

  export type AccountCreateWithoutReposInput = {
    id: string
    name: string
    kind: string
    isAdmin?: boolean
    createdAt?: Date | string
    tokens?: TokenCreateNestedManyWithoutUserInput
    memberships?: MembershipCreateNestedManyWithoutUserInput
    members?: MembershipCreateNestedManyWithoutOrgInput
  }

  export type AccountUncheckedCreateWithoutReposInput = {
    id: string
    name: string
    kind: string
    isAdmin?: boolean
    createdAt?: Date | string
    tokens?: TokenUncheckedCreateNestedManyWithoutUserInput
    memberships?: MembershipUncheckedCreateNestedManyWithoutUserInput
    members?: MembershipUncheckedCreateNestedManyWithoutOrgInput
  }

  export type AccountCreateOrConnectWithoutReposInput = {
    where: AccountWhereUniqueInput
    create: XOR<AccountCreateWithoutReposInput, AccountUncheckedCreateWithoutReposInput>
  }

  export type RevisionCreateWithoutRepoInput = {
    id: string
    parentId?: string | null
    message?: string
    authorId: string
    createdAt?: Date | string
    deltaType?: string | null
    backboneArchitecture?: string | null
    backboneModelClass?: string | null
    backboneName?: string | null
    backboneFingerprint?: string | null
    weightsFingerprint?: string | null
    modifiedModules?: string
    trainableParameters?: bigint | number | null
    totalParameters?: bigint | number | null
    task?: string | null
    dataset?: string | null
    license?: string | null
    tags?: string
    card?: string
    cardMeta?: string
    config?: string
    files?: RevisionFileCreateNestedManyWithoutRevisionInput
  }

  export type RevisionUncheckedCreateWithoutRepoInput = {
    id: string
    parentId?: string | null
    message?: string
    authorId: string
    createdAt?: Date | string
    deltaType?: string | null
    backboneArchitecture?: string | null
    backboneModelClass?: string | null
    backboneName?: string | null
    backboneFingerprint?: string | null
    weightsFingerprint?: string | null
    modifiedModules?: string
    trainableParameters?: bigint | number | null
    totalParameters?: bigint | number | null
    task?: string | null
    dataset?: string | null
    license?: string | null
    tags?: string
    card?: string
    cardMeta?: string
    config?: string
    files?: RevisionFileUncheckedCreateNestedManyWithoutRevisionInput
  }

  export type RevisionCreateOrConnectWithoutRepoInput = {
    where: RevisionWhereUniqueInput
    create: XOR<RevisionCreateWithoutRepoInput, RevisionUncheckedCreateWithoutRepoInput>
  }

  export type RevisionCreateManyRepoInputEnvelope = {
    data: RevisionCreateManyRepoInput | RevisionCreateManyRepoInput[]
  }

  export type RefCreateWithoutRepoInput = {
    name: string
    kind: string
    revisionId: string
    updatedAt?: Date | string
  }

  export type RefUncheckedCreateWithoutRepoInput = {
    name: string
    kind: string
    revisionId: string
    updatedAt?: Date | string
  }

  export type RefCreateOrConnectWithoutRepoInput = {
    where: RefWhereUniqueInput
    create: XOR<RefCreateWithoutRepoInput, RefUncheckedCreateWithoutRepoInput>
  }

  export type RefCreateManyRepoInputEnvelope = {
    data: RefCreateManyRepoInput | RefCreateManyRepoInput[]
  }

  export type AccountUpsertWithoutReposInput = {
    update: XOR<AccountUpdateWithoutReposInput, AccountUncheckedUpdateWithoutReposInput>
    create: XOR<AccountCreateWithoutReposInput, AccountUncheckedCreateWithoutReposInput>
    where?: AccountWhereInput
  }

  export type AccountUpdateToOneWithWhereWithoutReposInput = {
    where?: AccountWhereInput
    data: XOR<AccountUpdateWithoutReposInput, AccountUncheckedUpdateWithoutReposInput>
  }

  export type AccountUpdateWithoutReposInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    isAdmin?: BoolFieldUpdateOperationsInput | boolean
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    tokens?: TokenUpdateManyWithoutUserNestedInput
    memberships?: MembershipUpdateManyWithoutUserNestedInput
    members?: MembershipUpdateManyWithoutOrgNestedInput
  }

  export type AccountUncheckedUpdateWithoutReposInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    isAdmin?: BoolFieldUpdateOperationsInput | boolean
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    tokens?: TokenUncheckedUpdateManyWithoutUserNestedInput
    memberships?: MembershipUncheckedUpdateManyWithoutUserNestedInput
    members?: MembershipUncheckedUpdateManyWithoutOrgNestedInput
  }

  export type RevisionUpsertWithWhereUniqueWithoutRepoInput = {
    where: RevisionWhereUniqueInput
    update: XOR<RevisionUpdateWithoutRepoInput, RevisionUncheckedUpdateWithoutRepoInput>
    create: XOR<RevisionCreateWithoutRepoInput, RevisionUncheckedCreateWithoutRepoInput>
  }

  export type RevisionUpdateWithWhereUniqueWithoutRepoInput = {
    where: RevisionWhereUniqueInput
    data: XOR<RevisionUpdateWithoutRepoInput, RevisionUncheckedUpdateWithoutRepoInput>
  }

  export type RevisionUpdateManyWithWhereWithoutRepoInput = {
    where: RevisionScalarWhereInput
    data: XOR<RevisionUpdateManyMutationInput, RevisionUncheckedUpdateManyWithoutRepoInput>
  }

  export type RevisionScalarWhereInput = {
    AND?: RevisionScalarWhereInput | RevisionScalarWhereInput[]
    OR?: RevisionScalarWhereInput[]
    NOT?: RevisionScalarWhereInput | RevisionScalarWhereInput[]
    id?: StringFilter<"Revision"> | string
    repoId?: StringFilter<"Revision"> | string
    parentId?: StringNullableFilter<"Revision"> | string | null
    message?: StringFilter<"Revision"> | string
    authorId?: StringFilter<"Revision"> | string
    createdAt?: DateTimeFilter<"Revision"> | Date | string
    deltaType?: StringNullableFilter<"Revision"> | string | null
    backboneArchitecture?: StringNullableFilter<"Revision"> | string | null
    backboneModelClass?: StringNullableFilter<"Revision"> | string | null
    backboneName?: StringNullableFilter<"Revision"> | string | null
    backboneFingerprint?: StringNullableFilter<"Revision"> | string | null
    weightsFingerprint?: StringNullableFilter<"Revision"> | string | null
    modifiedModules?: StringFilter<"Revision"> | string
    trainableParameters?: BigIntNullableFilter<"Revision"> | bigint | number | null
    totalParameters?: BigIntNullableFilter<"Revision"> | bigint | number | null
    task?: StringNullableFilter<"Revision"> | string | null
    dataset?: StringNullableFilter<"Revision"> | string | null
    license?: StringNullableFilter<"Revision"> | string | null
    tags?: StringFilter<"Revision"> | string
    card?: StringFilter<"Revision"> | string
    cardMeta?: StringFilter<"Revision"> | string
    config?: StringFilter<"Revision"> | string
  }

  export type RefUpsertWithWhereUniqueWithoutRepoInput = {
    where: RefWhereUniqueInput
    update: XOR<RefUpdateWithoutRepoInput, RefUncheckedUpdateWithoutRepoInput>
    create: XOR<RefCreateWithoutRepoInput, RefUncheckedCreateWithoutRepoInput>
  }

  export type RefUpdateWithWhereUniqueWithoutRepoInput = {
    where: RefWhereUniqueInput
    data: XOR<RefUpdateWithoutRepoInput, RefUncheckedUpdateWithoutRepoInput>
  }

  export type RefUpdateManyWithWhereWithoutRepoInput = {
    where: RefScalarWhereInput
    data: XOR<RefUpdateManyMutationInput, RefUncheckedUpdateManyWithoutRepoInput>
  }

  export type RefScalarWhereInput = {
    AND?: RefScalarWhereInput | RefScalarWhereInput[]
    OR?: RefScalarWhereInput[]
    NOT?: RefScalarWhereInput | RefScalarWhereInput[]
    repoId?: StringFilter<"Ref"> | string
    name?: StringFilter<"Ref"> | string
    kind?: StringFilter<"Ref"> | string
    revisionId?: StringFilter<"Ref"> | string
    updatedAt?: DateTimeFilter<"Ref"> | Date | string
  }

  export type RepoCreateWithoutRevisionsInput = {
    id: string
    name: string
    private?: boolean
    downloads?: number
    createdAt?: Date | string
    updatedAt?: Date | string
    headRevisionId?: string | null
    deltaType?: string | null
    backboneArchitecture?: string | null
    backboneName?: string | null
    backboneFingerprint?: string | null
    task?: string | null
    license?: string | null
    tags?: string
    searchText?: string
    owner: AccountCreateNestedOneWithoutReposInput
    refs?: RefCreateNestedManyWithoutRepoInput
  }

  export type RepoUncheckedCreateWithoutRevisionsInput = {
    id: string
    ownerId: string
    name: string
    private?: boolean
    downloads?: number
    createdAt?: Date | string
    updatedAt?: Date | string
    headRevisionId?: string | null
    deltaType?: string | null
    backboneArchitecture?: string | null
    backboneName?: string | null
    backboneFingerprint?: string | null
    task?: string | null
    license?: string | null
    tags?: string
    searchText?: string
    refs?: RefUncheckedCreateNestedManyWithoutRepoInput
  }

  export type RepoCreateOrConnectWithoutRevisionsInput = {
    where: RepoWhereUniqueInput
    create: XOR<RepoCreateWithoutRevisionsInput, RepoUncheckedCreateWithoutRevisionsInput>
  }

  export type RevisionFileCreateWithoutRevisionInput = {
    path: string
    sha256: string
    size: bigint | number
  }

  export type RevisionFileUncheckedCreateWithoutRevisionInput = {
    path: string
    sha256: string
    size: bigint | number
  }

  export type RevisionFileCreateOrConnectWithoutRevisionInput = {
    where: RevisionFileWhereUniqueInput
    create: XOR<RevisionFileCreateWithoutRevisionInput, RevisionFileUncheckedCreateWithoutRevisionInput>
  }

  export type RevisionFileCreateManyRevisionInputEnvelope = {
    data: RevisionFileCreateManyRevisionInput | RevisionFileCreateManyRevisionInput[]
  }

  export type RepoUpsertWithoutRevisionsInput = {
    update: XOR<RepoUpdateWithoutRevisionsInput, RepoUncheckedUpdateWithoutRevisionsInput>
    create: XOR<RepoCreateWithoutRevisionsInput, RepoUncheckedCreateWithoutRevisionsInput>
    where?: RepoWhereInput
  }

  export type RepoUpdateToOneWithWhereWithoutRevisionsInput = {
    where?: RepoWhereInput
    data: XOR<RepoUpdateWithoutRevisionsInput, RepoUncheckedUpdateWithoutRevisionsInput>
  }

  export type RepoUpdateWithoutRevisionsInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    private?: BoolFieldUpdateOperationsInput | boolean
    downloads?: IntFieldUpdateOperationsInput | number
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    headRevisionId?: NullableStringFieldUpdateOperationsInput | string | null
    deltaType?: NullableStringFieldUpdateOperationsInput | string | null
    backboneArchitecture?: NullableStringFieldUpdateOperationsInput | string | null
    backboneName?: NullableStringFieldUpdateOperationsInput | string | null
    backboneFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    task?: NullableStringFieldUpdateOperationsInput | string | null
    license?: NullableStringFieldUpdateOperationsInput | string | null
    tags?: StringFieldUpdateOperationsInput | string
    searchText?: StringFieldUpdateOperationsInput | string
    owner?: AccountUpdateOneRequiredWithoutReposNestedInput
    refs?: RefUpdateManyWithoutRepoNestedInput
  }

  export type RepoUncheckedUpdateWithoutRevisionsInput = {
    id?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    private?: BoolFieldUpdateOperationsInput | boolean
    downloads?: IntFieldUpdateOperationsInput | number
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    headRevisionId?: NullableStringFieldUpdateOperationsInput | string | null
    deltaType?: NullableStringFieldUpdateOperationsInput | string | null
    backboneArchitecture?: NullableStringFieldUpdateOperationsInput | string | null
    backboneName?: NullableStringFieldUpdateOperationsInput | string | null
    backboneFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    task?: NullableStringFieldUpdateOperationsInput | string | null
    license?: NullableStringFieldUpdateOperationsInput | string | null
    tags?: StringFieldUpdateOperationsInput | string
    searchText?: StringFieldUpdateOperationsInput | string
    refs?: RefUncheckedUpdateManyWithoutRepoNestedInput
  }

  export type RevisionFileUpsertWithWhereUniqueWithoutRevisionInput = {
    where: RevisionFileWhereUniqueInput
    update: XOR<RevisionFileUpdateWithoutRevisionInput, RevisionFileUncheckedUpdateWithoutRevisionInput>
    create: XOR<RevisionFileCreateWithoutRevisionInput, RevisionFileUncheckedCreateWithoutRevisionInput>
  }

  export type RevisionFileUpdateWithWhereUniqueWithoutRevisionInput = {
    where: RevisionFileWhereUniqueInput
    data: XOR<RevisionFileUpdateWithoutRevisionInput, RevisionFileUncheckedUpdateWithoutRevisionInput>
  }

  export type RevisionFileUpdateManyWithWhereWithoutRevisionInput = {
    where: RevisionFileScalarWhereInput
    data: XOR<RevisionFileUpdateManyMutationInput, RevisionFileUncheckedUpdateManyWithoutRevisionInput>
  }

  export type RevisionFileScalarWhereInput = {
    AND?: RevisionFileScalarWhereInput | RevisionFileScalarWhereInput[]
    OR?: RevisionFileScalarWhereInput[]
    NOT?: RevisionFileScalarWhereInput | RevisionFileScalarWhereInput[]
    revisionId?: StringFilter<"RevisionFile"> | string
    path?: StringFilter<"RevisionFile"> | string
    sha256?: StringFilter<"RevisionFile"> | string
    size?: BigIntFilter<"RevisionFile"> | bigint | number
  }

  export type RevisionCreateWithoutFilesInput = {
    id: string
    parentId?: string | null
    message?: string
    authorId: string
    createdAt?: Date | string
    deltaType?: string | null
    backboneArchitecture?: string | null
    backboneModelClass?: string | null
    backboneName?: string | null
    backboneFingerprint?: string | null
    weightsFingerprint?: string | null
    modifiedModules?: string
    trainableParameters?: bigint | number | null
    totalParameters?: bigint | number | null
    task?: string | null
    dataset?: string | null
    license?: string | null
    tags?: string
    card?: string
    cardMeta?: string
    config?: string
    repo: RepoCreateNestedOneWithoutRevisionsInput
  }

  export type RevisionUncheckedCreateWithoutFilesInput = {
    id: string
    repoId: string
    parentId?: string | null
    message?: string
    authorId: string
    createdAt?: Date | string
    deltaType?: string | null
    backboneArchitecture?: string | null
    backboneModelClass?: string | null
    backboneName?: string | null
    backboneFingerprint?: string | null
    weightsFingerprint?: string | null
    modifiedModules?: string
    trainableParameters?: bigint | number | null
    totalParameters?: bigint | number | null
    task?: string | null
    dataset?: string | null
    license?: string | null
    tags?: string
    card?: string
    cardMeta?: string
    config?: string
  }

  export type RevisionCreateOrConnectWithoutFilesInput = {
    where: RevisionWhereUniqueInput
    create: XOR<RevisionCreateWithoutFilesInput, RevisionUncheckedCreateWithoutFilesInput>
  }

  export type RevisionUpsertWithoutFilesInput = {
    update: XOR<RevisionUpdateWithoutFilesInput, RevisionUncheckedUpdateWithoutFilesInput>
    create: XOR<RevisionCreateWithoutFilesInput, RevisionUncheckedCreateWithoutFilesInput>
    where?: RevisionWhereInput
  }

  export type RevisionUpdateToOneWithWhereWithoutFilesInput = {
    where?: RevisionWhereInput
    data: XOR<RevisionUpdateWithoutFilesInput, RevisionUncheckedUpdateWithoutFilesInput>
  }

  export type RevisionUpdateWithoutFilesInput = {
    id?: StringFieldUpdateOperationsInput | string
    parentId?: NullableStringFieldUpdateOperationsInput | string | null
    message?: StringFieldUpdateOperationsInput | string
    authorId?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    deltaType?: NullableStringFieldUpdateOperationsInput | string | null
    backboneArchitecture?: NullableStringFieldUpdateOperationsInput | string | null
    backboneModelClass?: NullableStringFieldUpdateOperationsInput | string | null
    backboneName?: NullableStringFieldUpdateOperationsInput | string | null
    backboneFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    weightsFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    modifiedModules?: StringFieldUpdateOperationsInput | string
    trainableParameters?: NullableBigIntFieldUpdateOperationsInput | bigint | number | null
    totalParameters?: NullableBigIntFieldUpdateOperationsInput | bigint | number | null
    task?: NullableStringFieldUpdateOperationsInput | string | null
    dataset?: NullableStringFieldUpdateOperationsInput | string | null
    license?: NullableStringFieldUpdateOperationsInput | string | null
    tags?: StringFieldUpdateOperationsInput | string
    card?: StringFieldUpdateOperationsInput | string
    cardMeta?: StringFieldUpdateOperationsInput | string
    config?: StringFieldUpdateOperationsInput | string
    repo?: RepoUpdateOneRequiredWithoutRevisionsNestedInput
  }

  export type RevisionUncheckedUpdateWithoutFilesInput = {
    id?: StringFieldUpdateOperationsInput | string
    repoId?: StringFieldUpdateOperationsInput | string
    parentId?: NullableStringFieldUpdateOperationsInput | string | null
    message?: StringFieldUpdateOperationsInput | string
    authorId?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    deltaType?: NullableStringFieldUpdateOperationsInput | string | null
    backboneArchitecture?: NullableStringFieldUpdateOperationsInput | string | null
    backboneModelClass?: NullableStringFieldUpdateOperationsInput | string | null
    backboneName?: NullableStringFieldUpdateOperationsInput | string | null
    backboneFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    weightsFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    modifiedModules?: StringFieldUpdateOperationsInput | string
    trainableParameters?: NullableBigIntFieldUpdateOperationsInput | bigint | number | null
    totalParameters?: NullableBigIntFieldUpdateOperationsInput | bigint | number | null
    task?: NullableStringFieldUpdateOperationsInput | string | null
    dataset?: NullableStringFieldUpdateOperationsInput | string | null
    license?: NullableStringFieldUpdateOperationsInput | string | null
    tags?: StringFieldUpdateOperationsInput | string
    card?: StringFieldUpdateOperationsInput | string
    cardMeta?: StringFieldUpdateOperationsInput | string
    config?: StringFieldUpdateOperationsInput | string
  }

  export type RepoCreateWithoutRefsInput = {
    id: string
    name: string
    private?: boolean
    downloads?: number
    createdAt?: Date | string
    updatedAt?: Date | string
    headRevisionId?: string | null
    deltaType?: string | null
    backboneArchitecture?: string | null
    backboneName?: string | null
    backboneFingerprint?: string | null
    task?: string | null
    license?: string | null
    tags?: string
    searchText?: string
    owner: AccountCreateNestedOneWithoutReposInput
    revisions?: RevisionCreateNestedManyWithoutRepoInput
  }

  export type RepoUncheckedCreateWithoutRefsInput = {
    id: string
    ownerId: string
    name: string
    private?: boolean
    downloads?: number
    createdAt?: Date | string
    updatedAt?: Date | string
    headRevisionId?: string | null
    deltaType?: string | null
    backboneArchitecture?: string | null
    backboneName?: string | null
    backboneFingerprint?: string | null
    task?: string | null
    license?: string | null
    tags?: string
    searchText?: string
    revisions?: RevisionUncheckedCreateNestedManyWithoutRepoInput
  }

  export type RepoCreateOrConnectWithoutRefsInput = {
    where: RepoWhereUniqueInput
    create: XOR<RepoCreateWithoutRefsInput, RepoUncheckedCreateWithoutRefsInput>
  }

  export type RepoUpsertWithoutRefsInput = {
    update: XOR<RepoUpdateWithoutRefsInput, RepoUncheckedUpdateWithoutRefsInput>
    create: XOR<RepoCreateWithoutRefsInput, RepoUncheckedCreateWithoutRefsInput>
    where?: RepoWhereInput
  }

  export type RepoUpdateToOneWithWhereWithoutRefsInput = {
    where?: RepoWhereInput
    data: XOR<RepoUpdateWithoutRefsInput, RepoUncheckedUpdateWithoutRefsInput>
  }

  export type RepoUpdateWithoutRefsInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    private?: BoolFieldUpdateOperationsInput | boolean
    downloads?: IntFieldUpdateOperationsInput | number
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    headRevisionId?: NullableStringFieldUpdateOperationsInput | string | null
    deltaType?: NullableStringFieldUpdateOperationsInput | string | null
    backboneArchitecture?: NullableStringFieldUpdateOperationsInput | string | null
    backboneName?: NullableStringFieldUpdateOperationsInput | string | null
    backboneFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    task?: NullableStringFieldUpdateOperationsInput | string | null
    license?: NullableStringFieldUpdateOperationsInput | string | null
    tags?: StringFieldUpdateOperationsInput | string
    searchText?: StringFieldUpdateOperationsInput | string
    owner?: AccountUpdateOneRequiredWithoutReposNestedInput
    revisions?: RevisionUpdateManyWithoutRepoNestedInput
  }

  export type RepoUncheckedUpdateWithoutRefsInput = {
    id?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    private?: BoolFieldUpdateOperationsInput | boolean
    downloads?: IntFieldUpdateOperationsInput | number
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    headRevisionId?: NullableStringFieldUpdateOperationsInput | string | null
    deltaType?: NullableStringFieldUpdateOperationsInput | string | null
    backboneArchitecture?: NullableStringFieldUpdateOperationsInput | string | null
    backboneName?: NullableStringFieldUpdateOperationsInput | string | null
    backboneFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    task?: NullableStringFieldUpdateOperationsInput | string | null
    license?: NullableStringFieldUpdateOperationsInput | string | null
    tags?: StringFieldUpdateOperationsInput | string
    searchText?: StringFieldUpdateOperationsInput | string
    revisions?: RevisionUncheckedUpdateManyWithoutRepoNestedInput
  }

  export type TokenCreateManyUserInput = {
    id: string
    hash: string
    scope: string
    name?: string
    createdAt?: Date | string
    expiresAt?: Date | string | null
    revokedAt?: Date | string | null
    lastUsedAt?: Date | string | null
  }

  export type MembershipCreateManyUserInput = {
    orgId: string
    role: string
    createdAt?: Date | string
  }

  export type MembershipCreateManyOrgInput = {
    userId: string
    role: string
    createdAt?: Date | string
  }

  export type RepoCreateManyOwnerInput = {
    id: string
    name: string
    private?: boolean
    downloads?: number
    createdAt?: Date | string
    updatedAt?: Date | string
    headRevisionId?: string | null
    deltaType?: string | null
    backboneArchitecture?: string | null
    backboneName?: string | null
    backboneFingerprint?: string | null
    task?: string | null
    license?: string | null
    tags?: string
    searchText?: string
  }

  export type TokenUpdateWithoutUserInput = {
    id?: StringFieldUpdateOperationsInput | string
    hash?: StringFieldUpdateOperationsInput | string
    scope?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    expiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revokedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastUsedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type TokenUncheckedUpdateWithoutUserInput = {
    id?: StringFieldUpdateOperationsInput | string
    hash?: StringFieldUpdateOperationsInput | string
    scope?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    expiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revokedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastUsedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type TokenUncheckedUpdateManyWithoutUserInput = {
    id?: StringFieldUpdateOperationsInput | string
    hash?: StringFieldUpdateOperationsInput | string
    scope?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    expiresAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revokedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastUsedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type MembershipUpdateWithoutUserInput = {
    role?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    org?: AccountUpdateOneRequiredWithoutMembersNestedInput
  }

  export type MembershipUncheckedUpdateWithoutUserInput = {
    orgId?: StringFieldUpdateOperationsInput | string
    role?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type MembershipUncheckedUpdateManyWithoutUserInput = {
    orgId?: StringFieldUpdateOperationsInput | string
    role?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type MembershipUpdateWithoutOrgInput = {
    role?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    user?: AccountUpdateOneRequiredWithoutMembershipsNestedInput
  }

  export type MembershipUncheckedUpdateWithoutOrgInput = {
    userId?: StringFieldUpdateOperationsInput | string
    role?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type MembershipUncheckedUpdateManyWithoutOrgInput = {
    userId?: StringFieldUpdateOperationsInput | string
    role?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type RepoUpdateWithoutOwnerInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    private?: BoolFieldUpdateOperationsInput | boolean
    downloads?: IntFieldUpdateOperationsInput | number
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    headRevisionId?: NullableStringFieldUpdateOperationsInput | string | null
    deltaType?: NullableStringFieldUpdateOperationsInput | string | null
    backboneArchitecture?: NullableStringFieldUpdateOperationsInput | string | null
    backboneName?: NullableStringFieldUpdateOperationsInput | string | null
    backboneFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    task?: NullableStringFieldUpdateOperationsInput | string | null
    license?: NullableStringFieldUpdateOperationsInput | string | null
    tags?: StringFieldUpdateOperationsInput | string
    searchText?: StringFieldUpdateOperationsInput | string
    revisions?: RevisionUpdateManyWithoutRepoNestedInput
    refs?: RefUpdateManyWithoutRepoNestedInput
  }

  export type RepoUncheckedUpdateWithoutOwnerInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    private?: BoolFieldUpdateOperationsInput | boolean
    downloads?: IntFieldUpdateOperationsInput | number
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    headRevisionId?: NullableStringFieldUpdateOperationsInput | string | null
    deltaType?: NullableStringFieldUpdateOperationsInput | string | null
    backboneArchitecture?: NullableStringFieldUpdateOperationsInput | string | null
    backboneName?: NullableStringFieldUpdateOperationsInput | string | null
    backboneFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    task?: NullableStringFieldUpdateOperationsInput | string | null
    license?: NullableStringFieldUpdateOperationsInput | string | null
    tags?: StringFieldUpdateOperationsInput | string
    searchText?: StringFieldUpdateOperationsInput | string
    revisions?: RevisionUncheckedUpdateManyWithoutRepoNestedInput
    refs?: RefUncheckedUpdateManyWithoutRepoNestedInput
  }

  export type RepoUncheckedUpdateManyWithoutOwnerInput = {
    id?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    private?: BoolFieldUpdateOperationsInput | boolean
    downloads?: IntFieldUpdateOperationsInput | number
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    headRevisionId?: NullableStringFieldUpdateOperationsInput | string | null
    deltaType?: NullableStringFieldUpdateOperationsInput | string | null
    backboneArchitecture?: NullableStringFieldUpdateOperationsInput | string | null
    backboneName?: NullableStringFieldUpdateOperationsInput | string | null
    backboneFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    task?: NullableStringFieldUpdateOperationsInput | string | null
    license?: NullableStringFieldUpdateOperationsInput | string | null
    tags?: StringFieldUpdateOperationsInput | string
    searchText?: StringFieldUpdateOperationsInput | string
  }

  export type RevisionCreateManyRepoInput = {
    id: string
    parentId?: string | null
    message?: string
    authorId: string
    createdAt?: Date | string
    deltaType?: string | null
    backboneArchitecture?: string | null
    backboneModelClass?: string | null
    backboneName?: string | null
    backboneFingerprint?: string | null
    weightsFingerprint?: string | null
    modifiedModules?: string
    trainableParameters?: bigint | number | null
    totalParameters?: bigint | number | null
    task?: string | null
    dataset?: string | null
    license?: string | null
    tags?: string
    card?: string
    cardMeta?: string
    config?: string
  }

  export type RefCreateManyRepoInput = {
    name: string
    kind: string
    revisionId: string
    updatedAt?: Date | string
  }

  export type RevisionUpdateWithoutRepoInput = {
    id?: StringFieldUpdateOperationsInput | string
    parentId?: NullableStringFieldUpdateOperationsInput | string | null
    message?: StringFieldUpdateOperationsInput | string
    authorId?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    deltaType?: NullableStringFieldUpdateOperationsInput | string | null
    backboneArchitecture?: NullableStringFieldUpdateOperationsInput | string | null
    backboneModelClass?: NullableStringFieldUpdateOperationsInput | string | null
    backboneName?: NullableStringFieldUpdateOperationsInput | string | null
    backboneFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    weightsFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    modifiedModules?: StringFieldUpdateOperationsInput | string
    trainableParameters?: NullableBigIntFieldUpdateOperationsInput | bigint | number | null
    totalParameters?: NullableBigIntFieldUpdateOperationsInput | bigint | number | null
    task?: NullableStringFieldUpdateOperationsInput | string | null
    dataset?: NullableStringFieldUpdateOperationsInput | string | null
    license?: NullableStringFieldUpdateOperationsInput | string | null
    tags?: StringFieldUpdateOperationsInput | string
    card?: StringFieldUpdateOperationsInput | string
    cardMeta?: StringFieldUpdateOperationsInput | string
    config?: StringFieldUpdateOperationsInput | string
    files?: RevisionFileUpdateManyWithoutRevisionNestedInput
  }

  export type RevisionUncheckedUpdateWithoutRepoInput = {
    id?: StringFieldUpdateOperationsInput | string
    parentId?: NullableStringFieldUpdateOperationsInput | string | null
    message?: StringFieldUpdateOperationsInput | string
    authorId?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    deltaType?: NullableStringFieldUpdateOperationsInput | string | null
    backboneArchitecture?: NullableStringFieldUpdateOperationsInput | string | null
    backboneModelClass?: NullableStringFieldUpdateOperationsInput | string | null
    backboneName?: NullableStringFieldUpdateOperationsInput | string | null
    backboneFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    weightsFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    modifiedModules?: StringFieldUpdateOperationsInput | string
    trainableParameters?: NullableBigIntFieldUpdateOperationsInput | bigint | number | null
    totalParameters?: NullableBigIntFieldUpdateOperationsInput | bigint | number | null
    task?: NullableStringFieldUpdateOperationsInput | string | null
    dataset?: NullableStringFieldUpdateOperationsInput | string | null
    license?: NullableStringFieldUpdateOperationsInput | string | null
    tags?: StringFieldUpdateOperationsInput | string
    card?: StringFieldUpdateOperationsInput | string
    cardMeta?: StringFieldUpdateOperationsInput | string
    config?: StringFieldUpdateOperationsInput | string
    files?: RevisionFileUncheckedUpdateManyWithoutRevisionNestedInput
  }

  export type RevisionUncheckedUpdateManyWithoutRepoInput = {
    id?: StringFieldUpdateOperationsInput | string
    parentId?: NullableStringFieldUpdateOperationsInput | string | null
    message?: StringFieldUpdateOperationsInput | string
    authorId?: StringFieldUpdateOperationsInput | string
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    deltaType?: NullableStringFieldUpdateOperationsInput | string | null
    backboneArchitecture?: NullableStringFieldUpdateOperationsInput | string | null
    backboneModelClass?: NullableStringFieldUpdateOperationsInput | string | null
    backboneName?: NullableStringFieldUpdateOperationsInput | string | null
    backboneFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    weightsFingerprint?: NullableStringFieldUpdateOperationsInput | string | null
    modifiedModules?: StringFieldUpdateOperationsInput | string
    trainableParameters?: NullableBigIntFieldUpdateOperationsInput | bigint | number | null
    totalParameters?: NullableBigIntFieldUpdateOperationsInput | bigint | number | null
    task?: NullableStringFieldUpdateOperationsInput | string | null
    dataset?: NullableStringFieldUpdateOperationsInput | string | null
    license?: NullableStringFieldUpdateOperationsInput | string | null
    tags?: StringFieldUpdateOperationsInput | string
    card?: StringFieldUpdateOperationsInput | string
    cardMeta?: StringFieldUpdateOperationsInput | string
    config?: StringFieldUpdateOperationsInput | string
  }

  export type RefUpdateWithoutRepoInput = {
    name?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    revisionId?: StringFieldUpdateOperationsInput | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type RefUncheckedUpdateWithoutRepoInput = {
    name?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    revisionId?: StringFieldUpdateOperationsInput | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type RefUncheckedUpdateManyWithoutRepoInput = {
    name?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    revisionId?: StringFieldUpdateOperationsInput | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type RevisionFileCreateManyRevisionInput = {
    path: string
    sha256: string
    size: bigint | number
  }

  export type RevisionFileUpdateWithoutRevisionInput = {
    path?: StringFieldUpdateOperationsInput | string
    sha256?: StringFieldUpdateOperationsInput | string
    size?: BigIntFieldUpdateOperationsInput | bigint | number
  }

  export type RevisionFileUncheckedUpdateWithoutRevisionInput = {
    path?: StringFieldUpdateOperationsInput | string
    sha256?: StringFieldUpdateOperationsInput | string
    size?: BigIntFieldUpdateOperationsInput | bigint | number
  }

  export type RevisionFileUncheckedUpdateManyWithoutRevisionInput = {
    path?: StringFieldUpdateOperationsInput | string
    sha256?: StringFieldUpdateOperationsInput | string
    size?: BigIntFieldUpdateOperationsInput | bigint | number
  }



  /**
   * Batch Payload for updateMany & deleteMany & createMany
   */

  export type BatchPayload = {
    count: number
  }

  /**
   * DMMF
   */
  export const dmmf: runtime.BaseDMMF
}
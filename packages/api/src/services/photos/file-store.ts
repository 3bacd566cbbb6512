import { mkdir, readdir, readFile, rm, stat, writeFile, rename } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { randomUUID } from "node:crypto";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { findRepoRoot } from "@tsunagu/local-services/paths";

/** A stored file's key and when it was written, for the sweep of files nothing refers to. */
export interface StoredFile {
  key: string;
  writtenAt: Date;
}

/**
 * Where uploaded files live. Keys are random and say nothing about the owner; the database's
 * `uploads` row is the only link between a file and a person.
 */
export interface FileStore {
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  /** The file's bytes, or null when there is no such file. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes the file; a key that is already gone is not an error. */
  delete(key: string): Promise<void>;
  list(): AsyncIterable<StoredFile>;
}

const KEY_PATTERN = /^[a-z]+\/[0-9a-f-]{36}$/;

/** A new random key under `prefix` ("photos"). */
export function newFileKey(prefix: string): string {
  return `${prefix}/${randomUUID()}`;
}

function checkedKey(key: string): string {
  // Keys are made by newFileKey; anything else could climb out of the store's directory.
  if (!KEY_PATTERN.test(key)) throw new Error("Not a file store key");
  return key;
}

/** Files on the local disk, under `.data/files` of the checkout unless FILE_STORE_DIR says. */
export class LocalFileStore implements FileStore {
  constructor(readonly root: string) {}

  private pathOf(key: string) {
    return join(this.root, ...checkedKey(key).split("/"));
  }

  async put(key: string, body: Uint8Array): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    // Written aside and renamed, so a reader never sees half a file.
    const partial = `${path}.${randomUUID()}.partial`;
    await writeFile(partial, body, { mode: 0o600 });
    await rename(partial, path);
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.pathOf(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async *list(): AsyncIterable<StoredFile> {
    let entries: string[];
    try {
      entries = await readdir(this.root, { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    for (const entry of entries) {
      const key = relative(this.root, join(this.root, entry)).split(sep).join("/");
      if (!KEY_PATTERN.test(key)) continue;
      const info = await stat(join(this.root, entry)).catch(() => null);
      if (info?.isFile()) yield { key, writtenAt: info.mtime };
    }
  }
}

/** An S3-compatible bucket (AWS, MinIO, R2, …) through `@aws-sdk/client-s3`. */
export class S3FileStore implements FileStore {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async put(key: string, body: Uint8Array, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: checkedKey(key),
        Body: body,
        ContentType: contentType,
      }),
    );
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: checkedKey(key) }),
      );
      return object.Body ? await object.Body.transformToByteArray() : null;
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: checkedKey(key) }));
  }

  async *list(): AsyncIterable<StoredFile> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        if (object.Key && KEY_PATTERN.test(object.Key)) {
          yield { key: object.Key, writtenAt: object.LastModified ?? new Date(0) };
        }
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
}

/**
 * The store the environment configures: S3 when FILE_STORE_S3_BUCKET is set (credentials and
 * region from the AWS SDK's usual variables, FILE_STORE_S3_ENDPOINT for other providers),
 * otherwise the local disk.
 */
export function fileStoreFromEnv(env: NodeJS.ProcessEnv = process.env): FileStore {
  const bucket = env.FILE_STORE_S3_BUCKET;
  if (bucket) {
    const endpoint = env.FILE_STORE_S3_ENDPOINT;
    return new S3FileStore(
      new S3Client({
        region: env.FILE_STORE_S3_REGION ?? env.AWS_REGION ?? "ap-northeast-1",
        ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
      }),
      bucket,
    );
  }
  return new LocalFileStore(env.FILE_STORE_DIR ?? join(findRepoRoot(), ".data", "files"));
}

let shared: FileStore | undefined;

/** The process's file store, made from the environment on first use. */
export function fileStore(): FileStore {
  shared ??= fileStoreFromEnv();
  return shared;
}

import type { FileEntry } from '../push/files.js';

/** A folder of the tree: its files and its subfolders, by name. */
interface Folder {
  files: Map<string, FileEntry>;
  folders: Map<string, Folder>;
}

const emptyFolder = (): Folder => ({ files: new Map(), folders: new Map() });

/**
 * The files of a revision as a tree of folders. Every change walks the path of its target, so it
 * costs in proportion to the depth of that path, whatever the size of the revision: deleting a
 * folder detaches one node instead of scanning every path for the prefix. Paths are valid file
 * paths (`checkFilePath`): '/'-separated, without empty, `.` or `..` segments.
 */
export class FileTree {
  readonly #root = emptyFolder();

  /** A tree holding `files`. */
  constructor(files: Iterable<FileEntry> = []) {
    for (const file of files) this.set(file);
  }

  /** Adds the file at `file.path`, or replaces the one there. */
  set(file: FileEntry): void {
    const segments = file.path.split('/');
    const name = segments.pop() as string;
    let folder = this.#root;
    for (const segment of segments) {
      let child = folder.folders.get(segment);
      if (!child) folder.folders.set(segment, (child = emptyFolder()));
      folder = child;
    }
    folder.files.set(name, file);
  }

  /** Removes the file at `path`, if any (a folder of that name stays). */
  deleteFile(path: string): void {
    const at = this.#find(path);
    at?.folder.files.delete(at.name);
  }

  /** Removes everything under the folder `path` (a file of that name stays, as in the Hub). */
  deleteFolder(path: string): void {
    const at = this.#find(path);
    at?.folder.folders.delete(at.name);
  }

  /** The files, in no particular order. */
  files(): FileEntry[] {
    const out: FileEntry[] = [];
    // A stack rather than recursion: paths may be hundreds of segments deep.
    const stack = [this.#root];
    for (let folder = stack.pop(); folder; folder = stack.pop()) {
      for (const file of folder.files.values()) out.push(file);
      for (const child of folder.folders.values()) stack.push(child);
    }
    return out;
  }

  /** The existing folder that would hold `path`, and the last segment; undefined when absent. */
  #find(path: string): { folder: Folder; name: string } | undefined {
    const segments = path.split('/');
    const name = segments.pop() as string;
    let folder: Folder | undefined = this.#root;
    for (const segment of segments) {
      folder = folder.folders.get(segment);
      if (!folder) return undefined;
    }
    return { folder, name };
  }
}

/** The course shipped inside the extension, read through core's file-system ContentSource. */
import * as path from 'node:path';
import { Catalog } from '../../core/content/catalog';
import { fileSystemSource } from '../../core/content/contentSource';

export function loadShippedCourse(extensionPath: string): Catalog {
  return new Catalog(fileSystemSource(path.join(extensionPath, 'content')));
}

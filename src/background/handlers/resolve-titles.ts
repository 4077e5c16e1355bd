import { loadRawCatalog } from '../release-catalog';
import { buildTitleIndex, resolveTitles, type TitleIndex } from '../title-index';

let pending: Promise<TitleIndex | undefined> | undefined;

/** Builds the index once per worker life, only when a page shows a title without its code. */
function loadTitleIndex(): Promise<TitleIndex | undefined> {
  pending ??= loadRawCatalog()
    .then((raw) => buildTitleIndex(raw.entries))
    .catch((error: unknown) => {
      console.warn('ChartLint: the title index could not be built', error);
      pending = undefined;
      return undefined;
    });
  return pending;
}

/** 'codes/resolve-titles': the official titles among a diagnosis widget's texts, as codes. */
export async function handleResolveTitles({ titles }: { titles: string[] }): Promise<Record<string, string>> {
  const index = await loadTitleIndex();
  return index ? resolveTitles(index, titles) : {};
}

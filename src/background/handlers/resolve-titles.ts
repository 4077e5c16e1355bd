import { loadTitleLookup } from '../release-catalog';
import { resolveTitles } from '../title-index';

/**
 * 'codes/resolve-titles': the official titles among a diagnosis widget's texts, as codes. The
 * look-up is read once per worker life (and release), only when a page shows a title without its code.
 */
export async function handleResolveTitles({ titles }: { titles: string[] }): Promise<Record<string, string>> {
  try {
    return resolveTitles(await loadTitleLookup(), titles);
  } catch (error) {
    console.warn('ChartLint: the official titles could not be read', error);
    return {};
  }
}

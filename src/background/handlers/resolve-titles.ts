import { loadTitleIndex, resolveTitles } from '../title-index';

/** 'codes/resolve-titles': the official titles among a diagnosis widget's texts, as codes. */
export async function handleResolveTitles({ titles }: { titles: string[] }): Promise<Record<string, string>> {
  const index = await loadTitleIndex();
  return index ? resolveTitles(index, titles) : {};
}

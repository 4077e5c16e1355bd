// One module per language, imported on demand (load-catalogue.ts): a JSON file imported directly
// came with a facade chunk that re-exports each of its ~700 ids by name (22 KB).
import en from '../../../../public/_locales/en/messages.json';

export default en;

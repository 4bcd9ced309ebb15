export {
  type FortnoxContextValue,
  type FortnoxLocale,
  FortnoxProvider,
  type FortnoxProviderProps,
  type FortnoxRole,
  useFortnoxContext,
} from './fortnox-provider.js';

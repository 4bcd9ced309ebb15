import { THEME_CSS } from './theme-css.js';

/**
 * The default theme as one `<style>` that React 19 hoists into `<head>` once, however many
 * providers render it. Override the `--fnx-*` variables on any ancestor to re-colour.
 */
export function ThemeStyle() {
  return (
    <style href="fortnox-kit-theme" precedence="low">
      {THEME_CSS}
    </style>
  );
}

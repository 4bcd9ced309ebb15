/** The default theme. Every colour passes WCAG AA on white (checked by axe in Storybook). */
export const THEME_CSS = `
.fnx{--fnx-font:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;--fnx-text:#1d2327;--fnx-muted:#50575e;--fnx-accent:#00673b;--fnx-accent-text:#fff;--fnx-danger:#b3261e;--fnx-warning-bg:#fff4d6;--fnx-border:#8c8f94;--fnx-surface:#fff;--fnx-radius:6px;--fnx-gap:.75rem;font-family:var(--fnx-font);color:var(--fnx-text);font-size:.9375rem;line-height:1.45}
.fnx *{box-sizing:border-box}
.fnx-panel{display:grid;gap:var(--fnx-gap);max-width:44rem}
.fnx-row{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem}
.fnx h2,.fnx h3,.fnx legend{margin:0;font-weight:600}
.fnx h2{font-size:1.15rem}.fnx h3,.fnx legend{font-size:1rem}
.fnx p{margin:0}
.fnx-muted{color:var(--fnx-muted);font-size:.875rem}
.fnx-button{font:inherit;border-radius:var(--fnx-radius);padding:.45rem .9rem;border:1px solid var(--fnx-accent);background:var(--fnx-accent);color:var(--fnx-accent-text);cursor:pointer}
.fnx-button[data-variant=secondary]{background:var(--fnx-surface);color:var(--fnx-accent)}
.fnx-button[data-variant=danger]{background:var(--fnx-surface);color:var(--fnx-danger);border-color:var(--fnx-danger)}
.fnx-button:disabled,.fnx-button[aria-disabled=true]{opacity:.6;cursor:not-allowed}
.fnx-button:focus-visible,.fnx input:focus-visible,.fnx select:focus-visible,.fnx textarea:focus-visible,.fnx a:focus-visible,.fnx summary:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}
.fnx a{color:var(--fnx-accent)}
.fnx input[type=text],.fnx input[type=number],.fnx select,.fnx textarea{font:inherit;padding:.4rem .5rem;border:1px solid var(--fnx-border);border-radius:var(--fnx-radius);background:var(--fnx-surface);color:var(--fnx-text);min-width:12rem}
.fnx textarea{width:100%;min-height:4rem}
.fnx [aria-invalid=true]{border-color:var(--fnx-danger)}
.fnx-field{display:grid;gap:.2rem}
.fnx-check{display:grid;grid-template-columns:auto 1fr;gap:.1rem .5rem;align-items:start}
.fnx-check input{margin-top:.25rem}
.fnx-check .fnx-muted,.fnx-check .fnx-error{grid-column:2}
.fnx-error{color:var(--fnx-danger);font-size:.875rem}
.fnx-alert{border-left:4px solid var(--fnx-danger);padding:.5rem .75rem;background:#fdecea}
.fnx-warning{border-left:4px solid #8a5a00;padding:.5rem .75rem;background:var(--fnx-warning-bg)}
.fnx fieldset{border:1px solid #dcdcde;border-radius:var(--fnx-radius);padding:.75rem 1rem;display:grid;gap:var(--fnx-gap)}
.fnx progress{width:12rem}
.fnx-log{list-style:none;padding:0;margin:0;display:grid;gap:.4rem}
.fnx-log ul{margin:.25rem 0 0;padding-left:1.25rem}
.fnx-table{border-collapse:collapse;width:100%}.fnx-table th,.fnx-table td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #dcdcde}.fnx-table p{margin:.15rem 0 0}
.fnx-sticky{position:sticky;bottom:0;background:var(--fnx-surface);padding:.5rem 0;border-top:1px solid #dcdcde}
`;

/** Everything themable is a custom property on the host: `comment-thread { --cm-accent: #b00; }`. */
export const STYLES = `
:host{display:block;font-family:var(--cm-font,"Noto Sans Devanagari","Nirmala UI","Mangal","Kohinoor Devanagari",system-ui,sans-serif);color:var(--cm-text,#1f2328);line-height:1.7;font-size:var(--cm-font-size,1rem)}
*{box-sizing:border-box}
h2,h3{line-height:1.35;margin:0 0 .75rem}
h2{font-size:1.35em;border-bottom:2px solid var(--cm-accent,#b3261e);padding-bottom:.35rem}
h3{font-size:1.2em}
ol{list-style:none;margin:0;padding:0}
.children{margin-left:var(--cm-indent,2.25rem);padding-left:.75rem;border-left:2px solid var(--cm-border,#e3e3e3)}
.comment-list>.comment{content-visibility:auto;contain-intrinsic-size:auto 7rem}
.comment>article,.gone{display:grid;grid-template-columns:auto 1fr;gap:0 .75rem;padding:.9rem 0;border-top:1px solid var(--cm-border,#e3e3e3)}
.avatar{border-radius:var(--cm-radius,6px);grid-row:span 3}
.meta{font-size:.9em;color:var(--cm-muted,#59636e)}
.meta b,.meta a.author{color:var(--cm-text,#1f2328);font-weight:700}
.meta a{color:inherit}
.body{overflow-wrap:anywhere;margin:.2rem 0}
.body a{color:var(--cm-accent,#b3261e)}
.moderation,.gone{font-style:italic;color:var(--cm-muted,#59636e);margin:0}
.awaiting>article{border-left:3px dashed var(--cm-border,#e3e3e3);padding-left:.6rem}
.own .body{white-space:pre-line}
button{font:inherit;cursor:pointer}
.actions{display:flex;gap:1rem;margin:0}
.like,.report,.reply{background:none;border:0;padding:0;color:var(--cm-muted,#59636e);font-size:.9em}
.like[aria-pressed=true]{color:var(--cm-accent,#b3261e);font-weight:600}
.featured{display:inline-block;margin-left:.5rem;padding:0 .4rem;border-radius:var(--cm-radius,6px);background:var(--cm-accent,#b3261e);color:var(--cm-on-accent,#fff);font-size:.85em}
.sort{margin:0 0 .5rem;font-size:.9em}
.sort label{display:inline}
.reply{color:var(--cm-accent,#b3261e);font-weight:600}
.more{margin:1rem 0;padding:.45rem 1rem;border:1px solid var(--cm-border,#ccc);background:var(--cm-bg,#fff);border-radius:var(--cm-radius,6px)}
.respond{margin-top:1.5rem;padding:1rem 0}
.comment .respond{margin:0 0 1rem;padding:1rem;border:1px solid var(--cm-border,#e3e3e3);border-radius:var(--cm-radius,6px)}
.respond h3 small{font-size:.75em;font-weight:400;margin-left:.5rem}
.cancel{background:none;border:0;color:var(--cm-accent,#b3261e);text-decoration:underline;padding:0}
.note{font-size:.9em;color:var(--cm-muted,#59636e);margin:.25rem 0 1rem}
.required{color:var(--cm-error,#b3261e)}
label{display:block;font-weight:600;margin-bottom:.2rem}
.field{margin:0 0 .9rem}
input[type=text],input[type=email],input[type=url],select,textarea{width:100%;max-width:34rem;font:inherit;padding:.45rem .6rem;border:1px solid var(--cm-border,#b8b8b8);border-radius:var(--cm-radius,6px);background:var(--cm-bg,#fff);color:inherit}
textarea{max-width:100%;min-height:8rem}
[aria-invalid=true]{border-color:var(--cm-error,#b3261e);box-shadow:0 0 0 1px var(--cm-error,#b3261e)}
.error{display:block;color:var(--cm-error,#b3261e);font-size:.9em;margin-top:.2rem}
.consent{display:flex;gap:.5rem;align-items:flex-start;font-weight:400;font-size:.95em}
.consent input{margin-top:.45rem}
.submit{background:var(--cm-accent,#b3261e);color:var(--cm-on-accent,#fff);border:0;border-radius:var(--cm-radius,6px);padding:.55rem 1.3rem;font-weight:700}
.submit[disabled]{opacity:.6}
.status{margin:.75rem 0 0;font-weight:600}
.error:empty,.status:empty{display:none}
.hp{position:absolute!important;left:-10000px;width:1px;height:1px;overflow:hidden}
:focus-visible{outline:3px solid var(--cm-focus,#1a73e8);outline-offset:2px}
`;

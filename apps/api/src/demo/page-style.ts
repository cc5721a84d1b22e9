import { strictPolicy } from '../http/content-security';

/** The demo's look: a Hindi news page, and the same comment section the widget draws (apps/widget/src/styles.ts). */
export const PAGE_CSS = `
:root{--cm-accent:#b3261e;--cm-text:#1f2328;--cm-muted:#59636e;--cm-border:#e3e3e3}
*{box-sizing:border-box}
body{margin:0;font-family:"Noto Sans Devanagari","Nirmala UI","Mangal","Kohinoor Devanagari",system-ui,sans-serif;color:var(--cm-text);background:#fff;line-height:1.75;font-size:1.0625rem}
.masthead{border-bottom:3px solid var(--cm-accent);padding:.6rem 1rem}
.masthead a{color:var(--cm-accent);font-weight:800;font-size:1.6rem;text-decoration:none}
.masthead nav{font-size:.95rem;color:var(--cm-muted)}
main{max-width:44rem;margin:0 auto;padding:1rem}
.kicker{color:var(--cm-accent);font-weight:700;font-size:.95rem;margin:0}
h1{font-size:1.9rem;line-height:1.35;margin:.3rem 0 .6rem}
.dek{font-size:1.15rem;color:#3a4048;margin:0 0 .8rem}
.byline{font-size:.9rem;color:var(--cm-muted);border-top:1px solid var(--cm-border);border-bottom:1px solid var(--cm-border);padding:.4rem 0;margin-bottom:1rem}
figure{margin:0 0 1rem}figure .photo{aspect-ratio:16/9;background:linear-gradient(135deg,#d9d2c5,#8b9bb0);border-radius:4px}
figcaption{font-size:.85rem;color:var(--cm-muted)}
.demo-note{font-size:.85rem;color:var(--cm-muted);background:#f6f6f4;padding:.5rem .75rem;border-radius:4px}
comment-thread{display:block;margin-top:2rem}
.comments h2{font-size:1.35em;border-bottom:2px solid var(--cm-accent);padding-bottom:.35rem;margin:0 0 .75rem}
.comments ol{list-style:none;margin:0;padding:0}
.comments .children{margin-left:2.25rem;padding-left:.75rem;border-left:2px solid var(--cm-border)}
.comment>article{display:grid;grid-template-columns:auto 1fr;gap:0 .75rem;padding:.9rem 0;border-top:1px solid var(--cm-border)}
.avatar{border-radius:6px;grid-row:span 3}
.meta{font-size:.9em;color:var(--cm-muted)}.meta b,.meta a.author{color:var(--cm-text);font-weight:700}.meta a{color:inherit}
.body{overflow-wrap:anywhere;margin:.2rem 0}.body a{color:var(--cm-accent)}
.own .body{white-space:pre-line}
.moderation{font-style:italic;color:var(--cm-muted);margin:0}
.gone{font-style:italic;color:var(--cm-muted);margin:0;padding:.9rem 0;border-top:1px solid var(--cm-border)}
.reply,.cancel{color:var(--cm-accent);font-size:.9em;font-weight:600}
.respond{margin-top:1.5rem}.respond h3{font-size:1.2em;margin:0 0 .5rem}.respond h3 small{font-size:.75em;font-weight:400;margin-left:.5rem}
.note{font-size:.9em;color:var(--cm-muted);margin:.25rem 0 1rem}.required{color:var(--cm-accent)}
.respond label{display:block;font-weight:600;margin-bottom:.2rem}.field{margin:0 0 .9rem}
.respond input[type=text],.respond input[type=email],.respond input[type=url],.respond select,.respond textarea{width:100%;max-width:34rem;font:inherit;padding:.45rem .6rem;border:1px solid #b8b8b8;border-radius:6px}
.respond textarea{max-width:100%}
[aria-invalid=true]{border-color:var(--cm-accent)!important;box-shadow:0 0 0 1px var(--cm-accent)}
.error{display:block;color:var(--cm-accent);font-size:.9em}
.errors{border:2px solid var(--cm-accent);border-radius:6px;padding:.5rem 1rem;margin:0 0 1rem}.errors a{color:var(--cm-accent)}
.submit{background:var(--cm-accent);color:#fff;border:0;border-radius:6px;padding:.55rem 1.3rem;font:inherit;font-weight:700;cursor:pointer}
.notice{border-left:4px solid var(--cm-accent);background:#fbf3f2;padding:.5rem .9rem;font-weight:600}
.more{display:inline-block;margin:1rem 0}
.hp{position:absolute!important;left:-10000px;width:1px;height:1px;overflow:hidden}
:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}
`;

/** The demo article and the form pages: PAGE_CSS is their only inline style, allowed by its hash. */
export const PAGE_CSP = strictPolicy({ styles: [PAGE_CSS] });

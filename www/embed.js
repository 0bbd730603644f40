// Primer's embeddable elements (www/embed.js): load this module on any page,
//
//   <script type="module" src="https://example.org/guide/embed.js"></script>
//   <primer-guide src="https://example.org/guide/manifest.json" chapter="study-guide/caching"></primer-guide>
//   <primer-quiz src="https://example.org/guide/manifest.json" quiz="caching"></primer-quiz>
//
// and each element shows a guide (or, with `chapter`, one chapter of it) or
// one quiz, in a shadow root: the page's styles do not reach in, ours do not
// leak out; colours and fonts follow the --primer-* custom properties set on
// the element, and the system's light or dark preference unless the element
// says `theme="light"` or `theme="dark"`. `src` is resolved against the page.
// `<primer-guide routing="hash">` lets the guide put its route in the page's
// address; otherwise an element never changes the page's URL or history.
//
// The reader (primer.js, primer_bg.wasm) and its stylesheet (primer.css)
// sit next to this file; they are fetched once per page, however many
// elements it has. Keys typed inside an element stay inside it, so the
// page's keyboard shortcuts do not fire while the learner types an answer.

import init, { mount_guide, mount_quiz, unmount } from "./primer.js";

const wasmUrl = new URL("./primer_bg.wasm", import.meta.url);
const cssUrl = new URL("./primer.css", import.meta.url);

let loading = null;

/** The wasm, initialised, and the stylesheet every shadow root adopts: once per page. */
function load() {
  loading ??= Promise.all([
    init({ module_or_path: wasmUrl }),
    fetch(cssUrl).then(async (response) => {
      if (!response.ok) throw new Error(`${cssUrl} answered ${response.status}`);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(await response.text());
      followDefaultFontSize(sheet);
      followDarkScheme(sheet);
      return sheet;
    }),
  ]).then(([, sheet]) => sheet);
  loading.catch(() => {
    loading = null; // the next element (or a reconnect) tries again
  });
  return loading;
}

/**
 * Sizes in rem follow the page's root font size, which pages change (mdBook
 * sets 62.5%, making 1rem 10px). Inside an element they follow
 * --primer-rem instead: the element's base size, the browser's default
 * unless the page sets --primer-font-size on the element (primer.css,
 * section 6). Registered as a length, so it is computed once, in pixels, at
 * the element's root, and does not compound. Without registerProperty, rem
 * stays as it is.
 */
function followDefaultFontSize(sheet) {
  try {
    CSS.registerProperty({ name: "--primer-rem", syntax: "<length>", inherits: true, initialValue: "16px" });
  } catch (error) {
    if (error?.name !== "InvalidModificationError") return; // not supported (already registered is fine)
  }
  const visit = (rules) => {
    for (const rule of rules) {
      const text = rule.style?.cssText;
      if (text?.includes("rem")) rule.style.cssText = text.replace(/(-?\d*\.?\d+)rem\b/g, "calc($1 * var(--primer-rem))");
      if (rule.cssRules) visit(rule.cssRules);
    }
  };
  visit(sheet.cssRules);
}

/**
 * The stand-alone reader's dark tokens sit on html[data-theme="dark"] (its
 * theme toggle sets the attribute). A shadow root cannot see that
 * attribute, so an element follows the system's preference, or the page's
 * choice in its `theme` attribute ("light" or "dark"): the same block,
 * copied onto :host.
 */
function followDarkScheme(sheet) {
  const dark = [...sheet.cssRules].find((rule) => rule.selectorText === 'html[data-theme="dark"]');
  if (!dark) return;
  const tokens = dark.style.cssText;
  const end = () => sheet.cssRules.length;
  sheet.insertRule(`@media (prefers-color-scheme: dark) { :host(:not([theme="light"])) { ${tokens} } }`, end());
  sheet.insertRule(`:host([theme="dark"]) { ${tokens} }`, end());
}

const STOP_AT_SHADOW = ["keydown", "keyup", "keypress"];

class PrimerElement extends HTMLElement {
  static observedAttributes = ["src", "chapter", "quiz", "routing"];
  #root = null; // where the reader is mounted
  #generation = 0;

  connectedCallback() {
    this.#render();
  }

  disconnectedCallback() {
    this.#unmount();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#render();
  }

  #unmount() {
    this.#generation += 1;
    if (this.#root) unmount(this.#root);
    this.#root = null;
  }

  async #render() {
    this.#unmount();
    const generation = this.#generation;
    let shadow = this.shadowRoot;
    if (!shadow) {
      shadow = this.attachShadow({ mode: "open" });
      for (const type of STOP_AT_SHADOW) shadow.addEventListener(type, (event) => event.stopPropagation());
    }
    let sheet;
    try {
      sheet = await load();
    } catch (error) {
      if (generation === this.#generation) this.#fail(shadow, error);
      return;
    }
    // Removed, moved or changed meanwhile: a newer call renders.
    if (generation !== this.#generation || !this.isConnected) return;
    shadow.adoptedStyleSheets = [sheet];
    const root = document.createElement("div");
    shadow.replaceChildren(root);
    const src = new URL(this.getAttribute("src") || "manifest.json", document.baseURI).href;
    this.mount(root, src);
    this.#root = root;
  }

  /** Says, in plain text, that the reader itself could not be loaded. */
  #fail(shadow, error) {
    const box = document.createElement("p");
    box.setAttribute("role", "alert");
    box.textContent = `This study guide could not be loaded (${error?.message ?? error}).`;
    shadow.replaceChildren(box);
  }
}

class PrimerGuide extends PrimerElement {
  mount(root, src) {
    mount_guide(root, src, this.getAttribute("chapter") ?? undefined, this.getAttribute("routing") === "hash");
  }
}

class PrimerQuiz extends PrimerElement {
  mount(root, src) {
    mount_quiz(root, src, this.getAttribute("quiz") ?? "");
  }
}

// Defined before the wasm starts: its start-up sees the elements and leaves
// the page alone (it mounts the stand-alone reader only on its own page).
if (!customElements.get("primer-guide")) customElements.define("primer-guide", PrimerGuide);
if (!customElements.get("primer-quiz")) customElements.define("primer-quiz", PrimerQuiz);

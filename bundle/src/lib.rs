//! The post-build step over Trunk's `dist/` (Trunk has no option for either output):
//!
//! - [`hosted_page`]: the page for static hosting, its inline start-up script moved into a file
//!   so that a strict Content-Security-Policy ([`HOSTED_CSP`], set in a `<meta>` because GitHub
//!   Pages cannot send headers) allows no inline script at all;
//! - [`single_file`]: one self-contained HTML file with the stylesheet, the JavaScript glue and the
//!   wasm (base64) inlined, which works when opened from disk, where browsers refuse module
//!   scripts from other files.
//!
//! Both work on the text of Trunk's `index.html` and are pure, so they are tested without a build.

use base64::Engine as _;
use std::fmt;
use std::ops::Range;

/// The policy the hosted build satisfies: no script but the site's own files, wasm compilation,
/// no request to any other origin. Styles may be inline because the app sets `style` attributes.
pub const HOSTED_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; \
object-src 'none'; base-uri 'none'; form-action 'none'";

#[derive(Debug, PartialEq, Eq)]
pub struct BundleError(pub String);

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BundleError {}

fn error<T>(message: impl Into<String>) -> Result<T, BundleError> {
    Err(BundleError(message.into()))
}

/// One `<link …>` tag of the page.
#[derive(Debug)]
struct Link {
    range: Range<usize>,
    rel: String,
    href: String,
}

fn links(html: &str) -> Vec<Link> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = html[from..].find("<link").map(|i| i + from) {
        let Some(end) = html[start..].find('>').map(|i| start + i + 1) else { break };
        let tag = &html[start..end];
        found.push(Link { range: start..end, rel: attribute(tag, "rel").unwrap_or_default(), href: attribute(tag, "href").unwrap_or_default() });
        from = end;
    }
    found
}

/// The value of `name="…"` (or `'…'`) in one tag.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(i) = rest.find(name) {
        let before_ok = rest[..i].ends_with(|c: char| c.is_ascii_whitespace());
        let after = rest[i + name.len()..].trim_start();
        if before_ok {
            if let Some(value) = after.strip_prefix('=') {
                let value = value.trim_start();
                let quote = value.chars().next().filter(|q| *q == '"' || *q == '\'')?;
                let value = &value[1..];
                return value.find(quote).map(|end| value[..end].to_owned());
            }
        }
        rest = &rest[i + name.len()..];
    }
    None
}

/// Trunk's start-up script: the inline module that imports the glue and calls `init`.
fn start_script(html: &str) -> Result<(Range<usize>, &str), BundleError> {
    let mut from = 0;
    while let Some(open) = html[from..].find("<script").map(|i| i + from) {
        let Some(body_start) = html[open..].find('>').map(|i| open + i + 1) else { break };
        let Some(close) = html[body_start..].find("</script>").map(|i| body_start + i) else { break };
        let body = &html[body_start..close];
        if html[open..body_start].contains("module") && body.contains("init(") {
            return Ok((open..close + "</script>".len(), body));
        }
        from = close;
    }
    error("no Trunk start-up script (an inline module calling init) in index.html")
}

/// The glue module's file name, from the start-up script's `import … from './x.js'`.
fn glue_path(script: &str) -> Result<String, BundleError> {
    let from = script.find(" from ").map(|i| &script[i + 6..]).ok_or_else(|| BundleError("the start-up script imports no glue module".into()))?;
    let quote = from.chars().next().filter(|q| *q == '"' || *q == '\'').ok_or_else(|| BundleError("unquoted glue import".into()))?;
    let rest = &from[1..];
    let end = rest.find(quote).ok_or_else(|| BundleError("unterminated glue import".into()))?;
    Ok(local(&rest[..end]).to_owned())
}

/// A relative URL as a path inside `dist/` (`./a.js` and `a.js` alike).
fn local(href: &str) -> &str {
    href.trim_start_matches("./").trim_start_matches('/')
}

/// Replaces ranges (which must not overlap) in one pass.
fn splice(html: &str, mut edits: Vec<(Range<usize>, String)>) -> String {
    edits.sort_by_key(|(r, _)| r.start);
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    for (range, text) in edits {
        out.push_str(&html[at..range.start]);
        out.push_str(&text);
        at = range.end;
    }
    out.push_str(&html[at..]);
    out
}

fn csp_meta(policy: &str) -> String {
    format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">")
}

/// Where the policy goes: first in `<head>`, so it governs every resource the page loads.
fn head_start(html: &str) -> Result<usize, BundleError> {
    let open = html.find("<head").ok_or_else(|| BundleError("index.html has no <head>".into()))?;
    Ok(open + html[open..].find('>').expect("a <head tag closes") + 1)
}

/// Short content hash for cache-busting file names (FNV-1a; not for security).
fn content_hash(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3));
    format!("{hash:016x}")
}

/// Runs first in both pages, so that a browser without WebAssembly, or a failed start, turns the
/// page's "Loading…" note (`#boot` in index.html, removed once the app mounts) into the reason.
const START_GUARD: &str = "{\n\
  const failed = (why) => { const b = document.getElementById(\"boot\"); if (b) { b.textContent = why; b.className = \"boot failed\"; } };\n\
  if (typeof WebAssembly !== \"object\") failed(\"This browser cannot run WebAssembly (it is missing or turned off), and the explorer needs it. A current Firefox, Chrome, Edge or Safari can.\");\n\
  else addEventListener(\"error\", (e) => failed(\"The explorer could not start: \" + e.message), { once: true });\n\
}\n";

/// The hosted page and the start-up script it now loads as a file: `(html, file name, script)`.
pub fn hosted_page(index_html: &str) -> Result<(String, String, String), BundleError> {
    let (range, script) = start_script(index_html)?;
    // Imports are hoisted, so the guard may come first.
    let script = format!("{START_GUARD}{}\n", script.trim());
    let name = format!("start-{}.js", content_hash(script.as_bytes()));
    let tag = format!("<script type=\"module\" src=\"./{name}\"></script>");
    let head = head_start(index_html)?;
    let html = splice(index_html, vec![(head..head, csp_meta(HOSTED_CSP)), (range, tag)]);
    Ok((html, name, script))
}

/// One self-contained page: `read` gives the bytes of a file of `dist/` by its relative path;
/// `chunks` are the corpus chunks the hosted page fetches from `chunks/`, inlined here as base64
/// in inert `<script type="application/octet-stream" id="chunk-NAME">` elements the app reads.
pub fn single_file(index_html: &str, read: impl Fn(&str) -> Option<Vec<u8>>, chunks: &[(String, Vec<u8>)]) -> Result<String, BundleError> {
    let must_read = |path: &str| read(path).ok_or_else(|| BundleError(format!("{path} is referenced by index.html but missing")));
    let (script_range, script) = start_script(index_html)?;
    let glue_file = glue_path(script)?;
    let glue = String::from_utf8(must_read(&glue_file)?).map_err(|_| BundleError(format!("{glue_file} is not UTF-8")))?;
    if glue.lines().any(|l| l.trim_start().starts_with("import ")) {
        return error(format!("{glue_file} imports other modules (wasm-bindgen snippets); they cannot be inlined yet"));
    }
    // wasm-bindgen's glue names its initialiser so; the pinned version is checked by this test.
    if !glue.contains("function __wbg_init(") {
        return error(format!("{glue_file} has no __wbg_init: a wasm-bindgen version this step does not know"));
    }
    let wasm_file = glue_file.trim_end_matches(".js").to_owned() + "_bg.wasm";
    let wasm = base64::engine::general_purpose::STANDARD.encode(must_read(&wasm_file)?);

    let mut edits = Vec::new();
    for link in links(index_html) {
        match link.rel.as_str() {
            "stylesheet" => {
                let css = String::from_utf8(must_read(local(&link.href))?).map_err(|_| BundleError(format!("{} is not UTF-8", link.href)))?;
                edits.push((link.range, format!("<style>{}</style>", css.replace("</style", "<\\/style"))));
            }
            // Preloads of files that are now inline.
            "preload" | "modulepreload" => edits.push((link.range, String::new())),
            _ => {}
        }
    }
    // The glue verbatim (an inline module may keep its `export`s), then the same start as Trunk's
    // but from bytes: `init` compiles them asynchronously, which browsers allow at any size. The
    // start sits in a block because the glue's own module scope already declares `wasm`.
    let start = format!(
        "<script type=\"module\">\n{START_GUARD}{glue}\n\
         window.__EXPLORER_SINGLE_FILE__ = true;\n\
         {{\n\
         const bytes = Uint8Array.from(atob(\"{wasm}\"), (c) => c.charCodeAt(0));\n\
         const wasm = await __wbg_init({{ module_or_path: bytes }});\n\
         dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {{ detail: {{ wasm }} }}));\n\
         }}\n\
         </script>",
        glue = glue.replace("</script", "<\\/script"),
    );
    let mut inlined = String::new();
    for (name, bytes) in chunks {
        check_chunk_name(name)?;
        let data = base64::engine::general_purpose::STANDARD.encode(bytes);
        inlined.push_str(&format!("<script type=\"application/octet-stream\" id=\"chunk-{name}\">{data}</script>\n"));
    }
    edits.push((script_range, inlined + &start));
    Ok(splice(index_html, edits))
}

/// Chunk names go into HTML attributes and ids, so they must be the content hashes build.rs
/// writes, nothing that could close a tag or leave `chunks/`.
fn check_chunk_name(name: &str) -> Result<(), BundleError> {
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return error(format!("chunk name {name:?} is not a content hash"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    const TRUNK_PAGE: &str = r#"<!DOCTYPE html><html lang="en"><head>
<meta charset="utf-8">
<link rel="stylesheet" href="./style-abc.css" integrity="sha384-x"/>
<link rel="modulepreload" href="./explorer-123.js" crossorigin="anonymous" integrity="sha384-y"><link rel="preload" href="./explorer-123_bg.wasm" crossorigin="anonymous" integrity="sha384-z" as="fetch" type="application/wasm"></head>
<body><noscript>needs JavaScript</noscript>
<script type="module">
import init, * as bindings from './explorer-123.js';
const wasm = await init({ module_or_path: './explorer-123_bg.wasm' });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
</script></body></html>"#;

    fn files() -> HashMap<&'static str, Vec<u8>> {
        HashMap::from([
            ("style-abc.css", b"body { color: red }".to_vec()),
            ("explorer-123.js", b"let wasm;\nasync function __wbg_init(module_or_path) {}\nexport default __wbg_init;\n".to_vec()),
            ("explorer-123_bg.wasm", vec![0, 97, 115, 109]),
        ])
    }

    #[test]
    fn hosted_page_moves_the_start_script_out_and_sets_the_policy_first() {
        let (html, name, script) = hosted_page(TRUNK_PAGE).unwrap();
        assert!(name.starts_with("start-") && name.ends_with(".js"));
        assert!(script.starts_with(START_GUARD), "the WebAssembly check runs first");
        assert!(script.contains("\nimport init") && script.contains("TrunkApplicationStarted"));
        assert!(html.contains(&format!("<script type=\"module\" src=\"./{name}\"></script>")));
        assert!(!html.contains("await init("), "no inline script is left");
        let csp = html.find("Content-Security-Policy").unwrap();
        assert!(csp < html.find("<link").unwrap(), "the policy precedes every resource");
    }

    #[test]
    fn single_file_inlines_style_glue_and_wasm_and_drops_preloads() {
        let files = files();
        let html = single_file(TRUNK_PAGE, |p| files.get(p).cloned(), &[]).unwrap();
        assert!(html.contains("<style>body { color: red }</style>"));
        assert!(html.contains("async function __wbg_init(module_or_path)"));
        assert!(html.contains("atob(\"AGFzbQ==\")"), "the wasm bytes, base64");
        assert!(!html.contains("<link"), "no link to another file remains: {html}");
        assert!(!html.contains("import init"), "Trunk's importing start script is replaced");
        assert!(html.contains("<noscript>needs JavaScript</noscript>"), "the rest of the page is kept");
        assert!(html.contains("{\nconst bytes"), "the start is a block: the glue's scope already has `wasm`");
    }

    #[test]
    fn single_file_inlines_the_corpus_chunks_before_the_start() {
        let files = files();
        let chunks = vec![("00ff".to_string(), vec![0, 255, 7])];
        let html = single_file(TRUNK_PAGE, |p| files.get(p).cloned(), &chunks).unwrap();
        let chunk = html.find("<script type=\"application/octet-stream\" id=\"chunk-00ff\">AP8H</script>").unwrap();
        assert!(chunk < html.find("__wbg_init({").unwrap(), "chunks are in the DOM before the app starts");
        let bad = vec![("../x".to_string(), vec![])];
        assert!(single_file(TRUNK_PAGE, |p| files.get(p).cloned(), &bad).is_err());
    }

    #[test]
    fn single_file_names_a_missing_or_unknown_file() {
        let mut files = files();
        files.remove("explorer-123_bg.wasm");
        let e = single_file(TRUNK_PAGE, |p| files.get(p).cloned(), &[]).unwrap_err();
        assert_eq!(e.0, "explorer-123_bg.wasm is referenced by index.html but missing");
        files.insert("explorer-123.js", b"export default function init() {}".to_vec());
        assert!(single_file(TRUNK_PAGE, |p| files.get(p).cloned(), &[]).unwrap_err().0.contains("__wbg_init"));
    }

    #[test]
    fn closing_tags_inside_inlined_text_cannot_end_the_element() {
        let mut files = files();
        files.insert("style-abc.css", b"a::after { content: '</style><script>' }".to_vec());
        let html = single_file(TRUNK_PAGE, |p| files.get(p).cloned(), &[]).unwrap();
        assert_eq!(html.matches("</style>").count(), 1);
    }

    #[test]
    fn attributes_are_read_with_either_quote_and_not_from_longer_names() {
        assert_eq!(attribute(r#"<link data-href="x" href='y'>"#, "href").as_deref(), Some("y"));
        assert_eq!(attribute(r#"<link rel = "stylesheet">"#, "rel").as_deref(), Some("stylesheet"));
        assert_eq!(attribute("<link>", "rel"), None);
    }
}

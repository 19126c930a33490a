//! The source files' imports form no circle: a file never depends, through other files, on
//! a file that depends on it. Each file's `use` declarations and `crate::`/`super::`
//! paths are read from the source (tests excluded), resolved to the file that defines the
//! named item (following `pub use` re-exports, across the three crates: the engine, the
//! application layer and the views), and the graph's strongly connected components are
//! checked to be single files. A `pub use` itself is a module's interface, not a need of
//! its code, and makes no edge. A circle is printed with the names that tie it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// A module: its crate's name and its path from the crate root.
type ModPath = Vec<String>;

struct Crate {
    name: &'static str,
    root: PathBuf,
}

fn crates() -> Vec<Crate> {
    let top = Path::new(env!("CARGO_MANIFEST_DIR"));
    vec![
        Crate {
            name: "sopir_engine",
            root: top.join("engine/src"),
        },
        Crate {
            name: "sopir_app",
            root: top.join("app/src"),
        },
        Crate {
            name: "sopir",
            root: top.join("src"),
        },
    ]
}

/// A module's source file, if the module is a file of its own.
fn module_file(krate: &Crate, path: &[String]) -> Option<PathBuf> {
    if path.is_empty() {
        return Some(krate.root.join("lib.rs"));
    }
    let mut dir = krate.root.clone();
    for p in &path[..path.len() - 1] {
        dir = dir.join(p);
    }
    let last = &path[path.len() - 1];
    [
        dir.join(format!("{last}.rs")),
        dir.join(last).join("mod.rs"),
    ]
    .into_iter()
    .find(|f| f.is_file())
}

/// The source without comments, string and char literals, and without its tests (from
/// the first `#[cfg(test)]` on, where test modules sit in this project).
fn code_of(file: &Path) -> String {
    let text = fs::read_to_string(file).unwrap();
    let text = match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => &text[..],
    };
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if c == b'/' && b.get(i + 1) == Some(&b'*') {
            i += 2;
            while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                i += 1;
            }
            i += 2;
        } else if c == b'r'
            && matches!(b.get(i + 1), Some(b'#') | Some(b'"'))
            && !ident_before(b, i)
        {
            // A raw string: r"…" or r#"…"#.
            let mut hashes = 0;
            let mut j = i + 1;
            while b.get(j) == Some(&b'#') {
                hashes += 1;
                j += 1;
            }
            if b.get(j) != Some(&b'"') {
                out.push(c as char);
                i += 1;
                continue;
            }
            j += 1;
            let close: Vec<u8> = std::iter::once(b'"')
                .chain(std::iter::repeat_n(b'#', hashes))
                .collect();
            while j < b.len() && !b[j..].starts_with(&close) {
                j += 1;
            }
            i = j + close.len();
            out.push_str("\"\"");
        } else if c == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == b'\'' && b.get(i + 2) == Some(&b'\'') {
            i += 3;
        } else if c == b'\'' && b.get(i + 1) == Some(&b'\\') {
            i += 2;
            while i < b.len() && b[i] != b'\'' {
                i += 1;
            }
            i += 1;
        } else {
            out.push(c as char);
            i += 1;
        }
    }
    out
}

fn ident_before(b: &[u8], i: usize) -> bool {
    i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')
}

/// The paths a `use` tree names: `a::{b, c::{d as e}}` → [a::b, a::c::d].
fn use_paths(tree: &str) -> Vec<(Vec<String>, Option<String>)> {
    fn expand(prefix: &[String], tree: &str, out: &mut Vec<(Vec<String>, Option<String>)>) {
        let tree = tree.trim();
        if tree.is_empty() {
            return;
        }
        if let Some(open) = tree.find('{') {
            let head: Vec<String> = tree[..open]
                .split("::")
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
            let inner = &tree[open + 1..tree.rfind('}').unwrap()];
            let mut prefix = prefix.to_vec();
            prefix.extend(head);
            let mut depth = 0;
            let mut start = 0;
            for (i, ch) in inner.char_indices() {
                match ch {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        expand(&prefix, &inner[start..i], out);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            expand(&prefix, &inner[start..], out);
        } else {
            let (path, alias) = match tree.split_once(" as ") {
                Some((p, a)) => (p, Some(a.trim().to_string())),
                None => (tree, None),
            };
            let mut full = prefix.to_vec();
            full.extend(
                path.split("::")
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from),
            );
            out.push((full, alias));
        }
    }
    let mut out = Vec::new();
    expand(&[], tree, &mut out);
    out
}

/// `use` declarations of a source (with `pub`), and the rest of the code.
fn uses(code: &str) -> (Vec<(bool, String)>, String) {
    let mut found = Vec::new();
    let mut rest = String::with_capacity(code.len());
    let mut i = 0;
    let b = code.as_bytes();
    while i < b.len() {
        let at_word = !ident_before(b, i);
        if at_word && code[i..].starts_with("use ") {
            let public = code[..i].trim_end().ends_with("pub")
                || code[..i].trim_end().ends_with(')') && code[..i].contains("pub(");
            let end = i + code[i..].find(';').unwrap();
            found.push((public, code[i + 4..end].to_string()));
            i = end + 1;
        } else {
            rest.push(b[i] as char);
            i += 1;
        }
    }
    (found, rest)
}

struct Graph {
    crates: Vec<Crate>,
    /// Per module (crate index, path): its `pub use` names → the path they stand for.
    exports: BTreeMap<(usize, ModPath), BTreeMap<String, Vec<String>>>,
    /// Edges: file → file, with the names that made them.
    edges: BTreeMap<PathBuf, BTreeMap<PathBuf, BTreeSet<String>>>,
}

impl Graph {
    fn crate_named(&self, name: &str) -> Option<usize> {
        self.crates.iter().position(|c| c.name == name)
    }

    /// The file that defines what `path` names, seen from module `from` of crate `k`.
    fn resolve(
        &self,
        k: usize,
        from: &[String],
        path: &[String],
        depth: u32,
    ) -> Option<(usize, PathBuf)> {
        if depth > 16 || path.is_empty() {
            return None;
        }
        let (mut k, mut module, rest): (usize, ModPath, &[String]) = match path[0].as_str() {
            "crate" => (k, Vec::new(), &path[1..]),
            "self" => (k, from.to_vec(), &path[1..]),
            "super" => {
                let mut m = from.to_vec();
                let mut rest = path;
                while rest.first().map(String::as_str) == Some("super") {
                    m.pop();
                    rest = &rest[1..];
                }
                (k, m, rest)
            }
            name => match self.crate_named(name) {
                Some(other) => (other, Vec::new(), &path[1..]),
                None => {
                    let mut child = from.to_vec();
                    child.push(name.to_string());
                    if module_file(&self.crates[k], &child).is_some() {
                        (k, from.to_vec(), path)
                    } else {
                        return None; // another crate (std, leptos, ...) or a local name
                    }
                }
            },
        };
        for (i, seg) in rest.iter().enumerate() {
            let mut child = module.clone();
            child.push(seg.clone());
            if module_file(&self.crates[k], &child).is_some() {
                module = child;
                continue;
            }
            if let Some(target) = self
                .exports
                .get(&(k, module.clone()))
                .and_then(|e| e.get(seg))
            {
                let mut target = target.clone();
                target.extend(rest[i + 1..].iter().cloned());
                return self.resolve(k, &module, &target, depth + 1);
            }
            // An item of `module` itself.
            break;
        }
        if rest.is_empty() && module.is_empty() && path[0] != "crate" {
            // `use sopir_engine::core` resolved through the crate root: follow it.
            return module_file(&self.crates[k], &module).map(|f| (k, f));
        }
        let _ = &mut k;
        module_file(&self.crates[k], &module).map(|f| (k, f))
    }
}

fn modules(krate: &Crate) -> Vec<(ModPath, PathBuf)> {
    fn walk(dir: &Path, prefix: &ModPath, out: &mut Vec<(ModPath, PathBuf)>) {
        let mut entries: Vec<_> = fs::read_dir(dir).unwrap().flatten().collect();
        entries.sort_by_key(|e| e.path());
        for e in entries {
            let p = e.path();
            let name = e.file_name().to_string_lossy().to_string();
            if p.is_dir() {
                let mut m = prefix.clone();
                m.push(name.clone());
                walk(&p, &m, out);
            } else if let Some(stem) = name.strip_suffix(".rs") {
                let m = match stem {
                    // main.rs is the binary's root: a crate of its own, left out.
                    "main" if prefix.is_empty() => continue,
                    "lib" | "mod" => prefix.clone(),
                    _ => {
                        let mut m = prefix.clone();
                        m.push(stem.to_string());
                        m
                    }
                };
                out.push((m, p));
            }
        }
    }
    let mut out = Vec::new();
    walk(&krate.root, &Vec::new(), &mut out);
    out
}

fn graph() -> Graph {
    let crates = crates();
    let mut g = Graph {
        crates,
        exports: BTreeMap::new(),
        edges: BTreeMap::new(),
    };
    let mut files = Vec::new();
    for (k, krate) in g.crates.iter().enumerate() {
        for (module, file) in modules(krate) {
            files.push((k, module, file));
        }
    }
    let mut parsed = Vec::new();
    for (k, module, file) in &files {
        let (decls, rest) = uses(&code_of(file));
        let mut exports = BTreeMap::new();
        for (public, tree) in &decls {
            if *public {
                for (path, alias) in use_paths(tree) {
                    let name = alias.unwrap_or_else(|| path.last().cloned().unwrap_or_default());
                    if name != "*" && name != "self" {
                        exports.insert(name, path);
                    }
                }
            }
        }
        g.exports.insert((*k, module.clone()), exports);
        parsed.push((*k, module.clone(), file.clone(), decls, rest));
    }
    let inline = |code: &str| -> Vec<Vec<String>> {
        let mut out = Vec::new();
        let b = code.as_bytes();
        for start in ["crate::", "super::", "sopir_engine::", "sopir_app::"] {
            let mut from = 0;
            while let Some(i) = code[from..].find(start) {
                let at = from + i;
                from = at + start.len();
                if ident_before(b, at) || (at >= 2 && &code[at - 2..at] == "::") {
                    continue;
                }
                let mut end = at;
                while end < b.len()
                    && (b[end].is_ascii_alphanumeric() || b[end] == b'_' || b[end] == b':')
                {
                    end += 1;
                }
                let path: Vec<String> = code[at..end]
                    .split("::")
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect();
                out.push(path);
            }
        }
        out
    };
    for (k, module, file, decls, rest) in parsed {
        // A `pub use` is the module's interface (a re-export), not something its code
        // needs: it resolves paths but makes no edge.
        let mut paths: Vec<Vec<String>> = decls
            .iter()
            .filter(|(public, _)| !public)
            .flat_map(|(_, tree)| use_paths(tree))
            .map(|(p, _)| p)
            .collect();
        paths.extend(inline(&rest));
        for path in paths {
            let mut path = path;
            if path.last().map(String::as_str) == Some("*")
                || path.last().map(String::as_str) == Some("self")
            {
                path.pop();
            }
            if let Some((_, target)) = g.resolve(k, &module, &path, 0) {
                if target != file {
                    g.edges
                        .entry(file.clone())
                        .or_default()
                        .entry(target)
                        .or_default()
                        .insert(path.last().cloned().unwrap_or_default());
                }
            }
        }
    }
    g
}

/// Strongly connected components with more than one file (Tarjan).
fn circles(edges: &BTreeMap<PathBuf, BTreeMap<PathBuf, BTreeSet<String>>>) -> Vec<Vec<PathBuf>> {
    struct T<'a> {
        edges: &'a BTreeMap<PathBuf, BTreeMap<PathBuf, BTreeSet<String>>>,
        index: BTreeMap<&'a PathBuf, usize>,
        low: BTreeMap<&'a PathBuf, usize>,
        stack: Vec<&'a PathBuf>,
        on: BTreeSet<&'a PathBuf>,
        next: usize,
        out: Vec<Vec<PathBuf>>,
    }
    fn visit<'a>(t: &mut T<'a>, v: &'a PathBuf) {
        t.index.insert(v, t.next);
        t.low.insert(v, t.next);
        t.next += 1;
        t.stack.push(v);
        t.on.insert(v);
        if let Some(next) = t.edges.get(v) {
            for w in next.keys() {
                if !t.index.contains_key(w) {
                    visit(t, w);
                    let lw = t.low[w];
                    let lv = t.low.get_mut(v).unwrap();
                    *lv = (*lv).min(lw);
                } else if t.on.contains(w) {
                    let iw = t.index[w];
                    let lv = t.low.get_mut(v).unwrap();
                    *lv = (*lv).min(iw);
                }
            }
        }
        if t.low[v] == t.index[v] {
            let mut comp = Vec::new();
            loop {
                let w = t.stack.pop().unwrap();
                t.on.remove(w);
                comp.push(w.clone());
                if w == v {
                    break;
                }
            }
            if comp.len() > 1 {
                comp.sort();
                t.out.push(comp);
            }
        }
    }
    let mut t = T {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        next: 0,
        out: Vec::new(),
    };
    let nodes: Vec<&PathBuf> = edges.keys().collect();
    for v in nodes {
        if !t.index.contains_key(v) {
            visit(&mut t, v);
        }
    }
    t.out
}

#[test]
fn the_source_files_imports_form_no_circle() {
    let g = graph();
    let top = Path::new(env!("CARGO_MANIFEST_DIR"));
    let short = |p: &Path| p.strip_prefix(top).unwrap_or(p).display().to_string();
    let found = circles(&g.edges);
    let mut report = String::new();
    for circle in &found {
        report.push_str(&format!("circle of {} files:\n", circle.len()));
        for a in circle {
            for (b, names) in &g.edges[a] {
                if circle.contains(b) {
                    let names: Vec<&str> = names.iter().map(String::as_str).collect();
                    report.push_str(&format!(
                        "  {} -> {}: {}\n",
                        short(a),
                        short(b),
                        names.join(", ")
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "import circles:\n{report}");
}

#[test]
fn the_check_sees_the_imports_it_must_see() {
    // The check is only worth something if it resolves real imports: a few known edges.
    let g = graph();
    let top = Path::new(env!("CARGO_MANIFEST_DIR"));
    let has = |a: &str, b: &str| {
        g.edges
            .get(&top.join(a))
            .is_some_and(|e| e.contains_key(&top.join(b)))
    };
    // A `use` through a re-export lands on the defining file.
    assert!(has(
        "engine/src/core/case/fold/mod.rs",
        "engine/src/core/case/state.rs"
    ));
    // Across crates: the views use the application layer, which uses the engine.
    assert!(has("src/ui/views/kasus.rs", "app/src/route.rs"));
    assert!(has(
        "app/src/files.rs",
        "engine/src/core/casefile/preview.rs"
    ));
    // A path written inline, not in a `use`.
    assert!(has("src/ui/state.rs", "engine/src/store/error.rs"));
    // And the circle finder finds a circle.
    let mut edges = BTreeMap::new();
    let (a, b) = (PathBuf::from("a.rs"), PathBuf::from("b.rs"));
    edges
        .entry(a.clone())
        .or_insert_with(BTreeMap::new)
        .insert(b.clone(), BTreeSet::new());
    edges
        .entry(b.clone())
        .or_insert_with(BTreeMap::new)
        .insert(a.clone(), BTreeSet::new());
    assert_eq!(circles(&edges), vec![vec![a, b]]);
}

//! Fuzzing the import parser: arbitrary bytes, JSON-like noise, and mutations of a valid
//! file (flipped, inserted and deleted bytes, changed numbers, truncation, duplicated and
//! swapped pieces) go into `read`. It never panics and always answers Ok or an
//! `ImportError`; files it accepts also preview without panicking. Mutated files that still
//! parse are sealed again with a correct content hash and read once more, so the checks
//! behind the content hash (event integrity, ids, replay) are fuzzed too. The number of
//! inputs run is printed.

mod seed;
#[path = "../examples/common/walk.rs"]
mod walk;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use proptest::prelude::*;
use sopir::core::case::Case;
use sopir::core::casefile::{
    export, preview, read, CaseFile, Expect, ExportMeta, ImportError, Mode, Office, Scope,
};
use sopir::core::sample::Choices;
use sopir::core::sop::Sop;
use walk::{utc, Office as Desk};

const BYTES_CASES: u32 = 4_000;
const MUTATION_CASES: u32 = 3_000;
const TREE_CASES: u32 = 3_000;

// Per test thread: proptest runs the cases on the test's own thread.
thread_local! {
    static OUTCOMES: RefCell<BTreeMap<String, usize>> = RefCell::default();
}

fn expect() -> Expect {
    Expect {
        sop: Sop::embedded().reference(),
        mode: Mode::Resmi,
    }
}

/// A small valid file: two cases, at steps 6 and 4.
fn base() -> &'static (String, Vec<Case>) {
    static BASE: OnceLock<(String, Vec<Case>)> = OnceLock::new();
    BASE.get_or_init(|| {
        let sop = Sop::embedded();
        let mut desk = Desk::new("kantor-fuzz", utc(2025, 4, 7, 1, 0));
        let mut a = desk.open(sop, "fuzz-a", 5);
        desk.walk_to(sop, &mut a, 6, Choices::default(), 60);
        let mut b = desk.open(sop, "fuzz-b", 6);
        let quick = Choices {
            inspection: false,
            ..Choices::default()
        };
        desk.walk_to(sop, &mut b, 4, quick, 60);
        let cases = vec![a, b];
        let meta = ExportMeta {
            app_version: "0.1.0".into(),
            sop: sop.reference(),
            office: Office {
                id: "kantor-fuzz".into(),
                name: "Kantor Uji".into(),
            },
            offices: Default::default(),
            exported_at: desk.now,
            mode: Mode::Resmi,
            scope: Scope::All,
        };
        (export(&cases, meta).json, cases)
    })
}

fn kind(e: &ImportError) -> String {
    format!("{e:?}")
        .split([' ', '(', '{'])
        .next()
        .unwrap_or_default()
        .to_string()
}

/// Reads `text`; whatever happens must be an answer, never a panic (a panic fails the test).
fn check(text: &str) {
    let sop = Sop::embedded();
    let outcome = match read(text, &expect(), sop) {
        Ok(file) => {
            let (_, cases) = base();
            let p = preview(file, sop, |id| cases.iter().find(|c| c.id() == id).cloned());
            let _ = p.cases_to_commit();
            "Ok".to_string()
        }
        Err(e) => {
            // Every refusal can be worded in both languages.
            let _ = e.message(sopir::i18n::Lang::En);
            kind(&e)
        }
    };
    OUTCOMES.with(|o| *o.borrow_mut().entry(outcome).or_default() += 1);
}

#[derive(Clone, Debug)]
enum Mutation {
    Flip {
        at: usize,
        bit: u8,
    },
    Insert {
        at: usize,
        bytes: Vec<u8>,
    },
    Delete {
        at: usize,
        len: usize,
    },
    /// Replace the digits of the n-th number with another number.
    Number {
        nth: usize,
        value: String,
    },
    Truncate {
        at: usize,
    },
    Duplicate {
        at: usize,
        len: usize,
        to: usize,
    },
    SwapLines {
        a: usize,
        b: usize,
    },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let number = prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|f| format!("{f:e}")),
        Just("1e999".to_string()),
        Just("-0".to_string()),
        Just("18446744073709551616".to_string()),
        "[0-9]{1,40}",
    ];
    prop_oneof![
        (any::<usize>(), 0..8u8).prop_map(|(at, bit)| Mutation::Flip { at, bit }),
        (
            any::<usize>(),
            prop_oneof![
                prop::collection::vec(any::<u8>(), 1..8),
                prop::sample::select(vec![
                    b"{".to_vec(),
                    b"}".to_vec(),
                    b"[".to_vec(),
                    b"]".to_vec(),
                    b",".to_vec(),
                    b"\"".to_vec(),
                    b"\\".to_vec(),
                    b"null".to_vec(),
                    b"\\u0000".to_vec(),
                    "\u{feff}".as_bytes().to_vec(),
                ]),
            ]
        )
            .prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        (any::<usize>(), 1..64usize).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (any::<usize>(), number).prop_map(|(nth, value)| Mutation::Number { nth, value }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
        (any::<usize>(), 1..400usize, any::<usize>())
            .prop_map(|(at, len, to)| Mutation::Duplicate { at, len, to }),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines { a, b }),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let n = bytes.len().max(1);
    match m {
        Mutation::Flip { at, bit } => {
            if !bytes.is_empty() {
                bytes[at % n] ^= 1 << bit;
            }
        }
        Mutation::Insert { at, bytes: new } => {
            let at = at % (bytes.len() + 1);
            bytes.splice(at..at, new.iter().copied());
        }
        Mutation::Delete { at, len } => {
            let at = at % n;
            let end = (at + len).min(bytes.len());
            bytes.drain(at.min(end)..end);
        }
        Mutation::Number { nth, value } => {
            let mut starts = Vec::new();
            let mut i = 0;
            while i < bytes.len() {
                if bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
                    let end = (i..bytes.len())
                        .find(|&j| !bytes[j].is_ascii_digit() && bytes[j] != b'.')
                        .unwrap_or(bytes.len());
                    starts.push((i, end));
                    i = end;
                } else {
                    i += 1;
                }
            }
            if !starts.is_empty() {
                let (a, b) = starts[nth % starts.len()];
                bytes.splice(a..b, value.bytes());
            }
        }
        Mutation::Truncate { at } => bytes.truncate(at % n),
        Mutation::Duplicate { at, len, to } => {
            let at = at % n;
            let end = (at + len).min(bytes.len());
            let piece: Vec<u8> = bytes[at.min(end)..end].to_vec();
            let to = to % (bytes.len() + 1);
            bytes.splice(to..to, piece);
        }
        Mutation::SwapLines { a, b } => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let mut lines: Vec<&str> = text.split('\n').collect();
            let (a, b) = (a % lines.len(), b % lines.len());
            lines.swap(a, b);
            *bytes = lines.join("\n").into_bytes();
        }
    }
}

fn config(cases: u32) -> ProptestConfig {
    seed::config(cases)
}

fn report(name: &str, cases: u32) {
    OUTCOMES.with(|o| {
        let o = o.borrow();
        eprintln!(
            "{name}: {cases} generated cases (seed {}), {} inputs read; outcomes: {:?}",
            seed::seed(),
            o.values().sum::<usize>(),
            *o
        );
    });
}

#[test]
fn arbitrary_bytes_are_answered() {
    let bytes = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..512),
        // JSON-shaped noise gets further into the reader than random bytes.
        "[\\[\\]{}\":,0-9a-z .eE+-]{0,300}".prop_map(String::into_bytes),
        "\\{\"format\":\"sopir-berkas-kasus\",\"schema\":[0-9],[\\[\\]{}\":,0-9a-z_ ]{0,200}"
            .prop_map(String::into_bytes),
    ];
    proptest!(config(BYTES_CASES), |(bytes in bytes)| {
        check(&String::from_utf8_lossy(&bytes));
    });
    report("arbitrary bytes", BYTES_CASES);
}

#[test]
fn mutated_files_are_answered() {
    proptest!(config(MUTATION_CASES), |(mutations in prop::collection::vec(mutation(), 1..5))| {
        let (json, _) = base();
        let mut bytes = json.clone().into_bytes();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        let text = String::from_utf8_lossy(&bytes);
        check(&text);
        // Sealed again, so the checks behind the content hash see the change.
        if let Ok(mut file) = serde_json::from_str::<CaseFile>(&text) {
            file.content_hash = file.compute_hash();
            check(&file.to_json());
        }
    });
    report("mutated files", MUTATION_CASES);
}

/// A change to one value of the JSON tree: the file stays JSON, so the reader gets past
/// the syntax to the shape, the hashes, the ids and the replay.
#[derive(Clone, Debug)]
enum Edit {
    Number(f64),
    Integer(i64),
    Text(String),
    Null,
    Remove,
    /// Arrays: the element again, or moved to the end.
    Repeat,
    MoveLast,
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<f64>().prop_map(Edit::Number),
        any::<i64>().prop_map(Edit::Integer),
        prop_oneof![
            "[a-z0-9 -]{0,12}",
            Just("latihan".to_string()),
            Just("sopir-berkas-kasus".to_string()),
            Just("step_completed".to_string()),
            Just("conflict_resolved".to_string()),
            Just("2025-13-45".to_string()),
        ]
        .prop_map(Edit::Text),
        Just(Edit::Null),
        Just(Edit::Remove),
        Just(Edit::Repeat),
        Just(Edit::MoveLast),
    ]
}

/// Applies `edit` at the `nth` value of the tree (depth first); `false` when it did not apply.
fn edit_tree(value: &mut serde_json::Value, nth: &mut usize, edit: &Edit) -> bool {
    use serde_json::Value;
    let children = match value {
        Value::Array(items) => items.len(),
        Value::Object(map) => map.len(),
        _ => 0,
    };
    for i in 0..children {
        if *nth == 0 {
            return match value {
                Value::Array(items) => match edit {
                    Edit::Remove => {
                        items.remove(i);
                        true
                    }
                    Edit::Repeat => {
                        let copy = items[i].clone();
                        items.insert(i, copy);
                        true
                    }
                    Edit::MoveLast => {
                        let item = items.remove(i);
                        items.push(item);
                        true
                    }
                    other => set(&mut items[i], other),
                },
                Value::Object(map) => {
                    let key = map.keys().nth(i).unwrap().clone();
                    match edit {
                        Edit::Remove => map.remove(&key).is_some(),
                        other => set(map.get_mut(&key).unwrap(), other),
                    }
                }
                _ => false,
            };
        }
        *nth -= 1;
        let child = match value {
            Value::Array(items) => &mut items[i],
            Value::Object(map) => map.values_mut().nth(i).unwrap(),
            _ => unreachable!(),
        };
        if edit_tree(child, nth, edit) {
            return true;
        }
    }
    false
}

fn set(slot: &mut serde_json::Value, edit: &Edit) -> bool {
    use serde_json::Value;
    *slot = match edit {
        Edit::Number(f) => serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number),
        Edit::Integer(n) => Value::from(*n),
        Edit::Text(s) => Value::from(s.clone()),
        Edit::Null => Value::Null,
        Edit::Remove | Edit::Repeat | Edit::MoveLast => return false,
    };
    true
}

#[test]
fn edited_trees_are_answered() {
    let (json, _) = base();
    let tree: serde_json::Value = serde_json::from_str(json).unwrap();
    fn count(v: &serde_json::Value) -> usize {
        match v {
            serde_json::Value::Array(items) => items.iter().map(|i| 1 + count(i)).sum(),
            serde_json::Value::Object(map) => map.values().map(|i| 1 + count(i)).sum(),
            _ => 0,
        }
    }
    let nodes = count(&tree);
    proptest!(config(TREE_CASES), |(edits in prop::collection::vec((any::<usize>(), edit()), 1..4))| {
        let mut value = tree.clone();
        for (at, e) in &edits {
            let mut nth = at % nodes;
            edit_tree(&mut value, &mut nth, e);
        }
        let text = serde_json::to_string_pretty(&value).unwrap();
        check(&text);
        if let Ok(mut file) = serde_json::from_value::<CaseFile>(value) {
            file.content_hash = file.compute_hash();
            check(&file.to_json());
        }
    });
    report("edited JSON trees", TREE_CASES);
}

#[test]
fn the_base_file_is_valid() {
    let (json, cases) = base();
    let file = read(json, &expect(), Sop::embedded()).unwrap();
    assert_eq!(file.cases.len(), cases.len());
}

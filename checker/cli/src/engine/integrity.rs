//! The integrity check: what a learner's file may name, read before anything of it is compiled.
//!
//! A learner's code runs inside the test process, beside the harness that writes the reports. It
//! cannot reach the harness (the `timeline` crate is the tests' dev-dependency, not the file's),
//! but std could still let it end the process, write a report file, read the seed from the
//! environment or stop tokio's clock. So before a file is built, every path it names is resolved
//! the way the compiler resolves it (through `use` renames, groups and globs, `core::` and
//! `alloc::` as `std::`) and held against a short list of what no exercise needs: files, the
//! environment, processes, the network, tokio's clock controls and runtimes, another executor,
//! the harness's side of the stand-ins. What could hide a name from that reading is not allowed
//! either: `unsafe` and `extern`, macros of one's own, `include!` and friends, modules in other
//! files, and attributes beyond the ordinary ones (`derive`, `allow`, `cfg`, ...).
//!
//! Why a scan of the file and not clippy's `disallowed_methods`: clippy resolves names best, but
//! it costs a second compilation of every file (seconds a student in class grading), it only
//! warns about the paths it is given (a new way in stays open), and it cannot forbid `unsafe`,
//! `macro_rules!` or `#[path]` by itself. The file is small and the list of what it needs is
//! short, so reading its tokens, `macro` arguments included, is exact enough and costs
//! microseconds. CONTRIBUTING.md says how to extend the list.

use std::collections::BTreeMap;

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};
use syn::visit::Visit;

/// Why a thread of the code's own is refused: the paused clock cannot time what runs there.
const A_THREAD_OF_ITS_OWN: &str = "runs code on a thread of its own, which the course's clock \
                                   cannot time: `tokio::task::spawn_blocking` runs it on tokio's \
                                   blocking pool";

/// Paths no exercise needs, and what each would let a learner's code do. A path is refused when
/// one of these is a prefix of it, after renames are resolved.
const DENIED: &[(&str, &str)] = &[
    ("std::fs", "touches files"),
    ("std::env", "reads the environment"),
    ("std::process", "ends or starts processes"),
    ("std::net", "uses the network"),
    ("std::os", "uses the operating system directly"),
    ("std::ffi", "calls foreign code"),
    ("std::arch", "runs machine code of its own"),
    ("std::intrinsics", "uses compiler internals"),
    ("std::alloc", "replaces the allocator"),
    ("std::io::stdin", "reads the terminal"),
    ("std::io::Stdin", "reads the terminal"),
    (
        "std::panic::set_hook",
        "replaces the panic handler the harness relies on",
    ),
    (
        "std::panic::take_hook",
        "replaces the panic handler the harness relies on",
    ),
    ("std::thread::spawn", A_THREAD_OF_ITS_OWN),
    ("std::thread::scope", A_THREAD_OF_ITS_OWN),
    ("std::thread::Builder", A_THREAD_OF_ITS_OWN),
    ("std::include", "reads another file"),
    ("std::include_str", "reads another file"),
    ("std::include_bytes", "reads another file"),
    ("std::option_env", "reads the environment"),
    ("tokio::fs", "touches files"),
    ("tokio::net", "uses the network"),
    ("tokio::process", "starts processes"),
    ("tokio::signal", "handles the process's signals"),
    (
        "tokio::runtime",
        "reaches into the runtime that runs the course's checks (to build one, drive one or take \
         its handle); `tokio::spawn` and `tokio::task::spawn_blocking` are all an exercise needs",
    ),
    ("tokio::main", "starts a runtime of its own"),
    ("tokio::test", "starts a runtime of its own"),
    (
        "tokio::time::pause",
        "controls tokio's clock, which the harness owns",
    ),
    (
        "tokio::time::resume",
        "controls tokio's clock, which the harness owns",
    ),
    (
        "tokio::time::advance",
        "controls tokio's clock, which the harness owns",
    ),
    (
        "futures::executor",
        "runs futures on an executor of its own",
    ),
    ("stand_ins::__harness", "reaches into the harness"),
    ("timeline", "reaches into the harness"),
];

/// Macros that read outside the file or define new syntax the scan could not see through.
const DENIED_MACROS: &[(&str, &str)] = &[
    ("include", "reads another file"),
    ("include_str", "reads another file"),
    ("include_bytes", "reads another file"),
    ("env", "reads the environment"),
    ("option_env", "reads the environment"),
    ("asm", "runs machine code of its own"),
    ("global_asm", "runs machine code of its own"),
    (
        "macro_rules",
        "defines a macro, which could hide what it calls",
    ),
];

/// Keywords that open a way around the language's guarantees.
const DENIED_KEYWORDS: &[(&str, &str)] = &[
    ("unsafe", "turns off the compiler's checks"),
    ("extern", "links foreign code or other crates"),
];

/// Attributes an exercise may carry; any other (`#[path]`, `#[no_mangle]`, `#[tokio::main]`,
/// `#[cfg_attr]`, `#[global_allocator]`, ...) could change what is compiled or linked.
const ALLOWED_ATTRIBUTES: &[&str] = &[
    "allow",
    "clippy",
    "cold",
    "cfg",
    "deny",
    "deprecated",
    "derive",
    "doc",
    "expect",
    "forbid",
    "inline",
    "must_use",
    "non_exhaustive",
    "rustfmt",
    "test",
    "track_caller",
    "warn",
];

/// One thing the file may not do, where it does it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// The line, counted from 1.
    pub line: usize,
    /// What the file wrote, as resolved: `std::process::exit`, `unsafe`, `#[path]`.
    pub what: String,
    /// What it would let the code do, in plain words.
    pub why: &'static str,
}

impl Refusal {
    /// One line for the learner: "line 12: `std::process::exit` ends or starts processes".
    pub fn sentence(&self) -> String {
        format!("line {}: `{}` {}", self.line, self.what, self.why)
    }
}

/// Everything `source` may not do, in the order it appears; empty when the file is fine. A file
/// that does not even split into tokens is left to the compiler, which explains it better.
pub fn scan(source: &str) -> Vec<Refusal> {
    let Ok(tokens) = source.parse::<TokenStream>() else {
        return Vec::new();
    };
    let renames = renames(source);
    let mut refusals = Vec::new();
    scan_stream(tokens, &renames, &mut refusals);
    refusals.sort_by_key(|refusal| refusal.line);
    refusals.dedup();
    refusals
}

/// The names `use` items bring into scope, each with the full path it stands for:
/// `use std::process as p;` gives `p` → `std::process`; `use std::*;` gives `fs` → `std::fs`
/// for each denied path below `std`, since a glob makes those names usable bare. One map for the
/// whole file: a name renamed anywhere counts as renamed everywhere, which can only refuse more.
fn renames(source: &str) -> BTreeMap<String, Vec<String>> {
    struct Uses(Vec<(Vec<String>, Option<String>)>);
    impl<'ast> Visit<'ast> for Uses {
        fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
            flatten(&item.tree, &mut Vec::new(), &mut self.0);
        }
    }
    fn flatten(
        tree: &syn::UseTree,
        prefix: &mut Vec<String>,
        out: &mut Vec<(Vec<String>, Option<String>)>,
    ) {
        match tree {
            syn::UseTree::Path(path) => {
                prefix.push(name(&path.ident));
                flatten(&path.tree, prefix, out);
                prefix.pop();
            }
            syn::UseTree::Name(leaf) => {
                let mut full = prefix.clone();
                if leaf.ident != "self" {
                    full.push(name(&leaf.ident));
                }
                let alias = full.last().cloned();
                out.push((full, alias));
            }
            syn::UseTree::Rename(rename) => {
                let mut full = prefix.clone();
                if rename.ident != "self" {
                    full.push(name(&rename.ident));
                }
                out.push((full, Some(name(&rename.rename))));
            }
            syn::UseTree::Glob(_) => out.push((prefix.clone(), None)),
            syn::UseTree::Group(group) => {
                for tree in &group.items {
                    flatten(tree, prefix, out);
                }
            }
        }
    }

    let mut uses = Uses(Vec::new());
    // A file syn cannot parse has no renames to follow; its paths are still read one by one.
    if let Ok(file) = syn::parse_file(source) {
        uses.visit_file(&file);
    }
    let mut renames: BTreeMap<String, Vec<String>> = BTreeMap::new();
    // Renames can build on each other (`use std as s; use s::fs as f;`): resolve until nothing
    // changes, a few rounds at most for any real file.
    for _ in 0..8 {
        let before = renames.clone();
        for (path, alias) in &uses.0 {
            let full = resolve(path, &renames);
            match alias {
                Some(alias) if full.len() > 1 || full.first() != Some(alias) => {
                    renames.insert(alias.clone(), full);
                }
                Some(_) => {}
                None => {
                    for (denied, _) in DENIED {
                        let denied = segments(denied);
                        if denied.len() > full.len() && denied.starts_with(&full) {
                            renames
                                .insert(denied[full.len()].clone(), denied[..=full.len()].to_vec());
                        }
                    }
                }
            }
        }
        if renames == before {
            break;
        }
    }
    renames
}

/// `path` with its first segment replaced by what a `use` made it stand for, and `core`/`alloc`
/// read as `std` (they hold the same items).
fn resolve(path: &[String], renames: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    let Some((first, rest)) = path.split_first() else {
        return Vec::new();
    };
    let mut full = match renames.get(first) {
        Some(target) if target.as_slice() != [first.clone()] => target.clone(),
        _ => vec![first.clone()],
    };
    if matches!(full[0].as_str(), "core" | "alloc") {
        full[0] = "std".to_owned();
    }
    full.extend(rest.iter().cloned());
    full
}

fn segments(path: &str) -> Vec<String> {
    path.split("::").map(str::to_owned).collect()
}

/// An identifier as written, with a raw identifier's `r#` taken off: `r#fs` is `fs`.
fn name(ident: &proc_macro2::Ident) -> String {
    let text = ident.to_string();
    text.strip_prefix("r#").map_or(text.clone(), str::to_owned)
}

/// Reads a token stream, macro arguments and attribute contents included.
fn scan_stream(
    tokens: TokenStream,
    renames: &BTreeMap<String, Vec<String>>,
    refusals: &mut Vec<Refusal>,
) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    let mut index = 0;
    while index < tokens.len() {
        match &tokens[index] {
            TokenTree::Group(group) => scan_stream(group.stream(), renames, refusals),
            TokenTree::Punct(punct) if punct.as_char() == '#' => {
                // A refused attribute is one refusal: what is inside it is not read again.
                if let Some((refusal, length)) = attribute(&tokens[index + 1..]) {
                    refusals.push(refusal);
                    index += 1 + length;
                    continue;
                }
            }
            TokenTree::Ident(ident) => {
                let word = name(ident);
                let line = ident.span().start().line;
                if let Some((_, why)) = DENIED_KEYWORDS.iter().find(|(kw, _)| *kw == word) {
                    refusals.push(Refusal {
                        line,
                        what: word.clone(),
                        why,
                    });
                }
                if word == "mod" && outlined_module(&tokens[index + 1..]) {
                    refusals.push(Refusal {
                        line,
                        what: "mod ...;".to_owned(),
                        why: "reads a module from another file: keep all of your code in this one",
                    });
                }
                // The longest path that starts here: `std :: process :: exit`.
                let mut path = vec![word];
                let mut end = index + 1;
                while let (
                    Some(TokenTree::Punct(first)),
                    Some(TokenTree::Punct(second)),
                    Some(TokenTree::Ident(next)),
                ) = (tokens.get(end), tokens.get(end + 1), tokens.get(end + 2))
                {
                    if first.as_char() != ':'
                        || first.spacing() != Spacing::Joint
                        || second.as_char() != ':'
                    {
                        break;
                    }
                    path.push(name(next));
                    end += 3;
                }
                let is_macro = matches!(tokens.get(end), Some(TokenTree::Punct(bang)) if bang.as_char() == '!')
                    && matches!(
                        tokens.get(end + 1),
                        Some(TokenTree::Group(_)) | Some(TokenTree::Ident(_))
                    );
                if let Some(refusal) = judge(&path, is_macro, line, renames) {
                    refusals.push(refusal);
                }
                if let Some(other) = path
                    .iter()
                    .find(|segment| segment.starts_with("__asynclings"))
                {
                    refusals.push(Refusal {
                        line,
                        what: other.clone(),
                        why: "is the name of another answer graded beside this one",
                    });
                }
                index = end;
                continue;
            }
            TokenTree::Punct(_) | TokenTree::Literal(_) => {}
        }
        index += 1;
    }
}

/// The refusal of one path as written at `line`, if it is refused.
fn judge(
    path: &[String],
    is_macro: bool,
    line: usize,
    renames: &BTreeMap<String, Vec<String>>,
) -> Option<Refusal> {
    let full = resolve(path, renames);
    if is_macro
        && path.len() == 1
        && let Some((_, why)) = DENIED_MACROS
            .iter()
            .find(|(name, _)| *name == full.join("::"))
    {
        return Some(Refusal {
            line,
            what: format!("{}!", path[0]),
            why,
        });
    }
    DENIED.iter().find_map(|(denied, why)| {
        full.starts_with(&segments(denied)).then(|| Refusal {
            line,
            what: format!("{}{}", full.join("::"), if is_macro { "!" } else { "" }),
            why,
        })
    })
}

/// Whether `mod name` is followed by `;`: a module whose code is in another file.
fn outlined_module(after: &[TokenTree]) -> bool {
    matches!(
        (after.first(), after.get(1)),
        (Some(TokenTree::Ident(_)), Some(TokenTree::Punct(semi))) if semi.as_char() == ';'
    )
}

/// The refusal of the attribute after a `#` (`#[...]` or `#![...]`), if it is not one of the
/// allowed ones, and how many tokens it spans.
fn attribute(after: &[TokenTree]) -> Option<(Refusal, usize)> {
    let (body, length) = match after {
        [TokenTree::Group(group), ..] => (group, 1),
        [TokenTree::Punct(bang), TokenTree::Group(group), ..] if bang.as_char() == '!' => {
            (group, 2)
        }
        _ => return None,
    };
    if body.delimiter() != Delimiter::Bracket {
        return None;
    }
    let mut path = Vec::new();
    let mut line = 0;
    for token in body.stream() {
        match token {
            TokenTree::Ident(ident) => {
                line = ident.span().start().line;
                path.push(name(&ident));
            }
            TokenTree::Punct(punct) if punct.as_char() == ':' => {}
            _ => break,
        }
    }
    let first = path.first()?;
    if ALLOWED_ATTRIBUTES.contains(&first.as_str()) {
        return None;
    }
    let refusal = Refusal {
        line,
        what: format!("#[{}]", path.join("::")),
        why: "is an attribute no exercise needs: it could change what is compiled or run",
    };
    Some((refusal, length))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(source: &str) -> Vec<String> {
        scan(source).iter().map(Refusal::sentence).collect()
    }

    #[test]
    fn ordinary_async_code_is_allowed() {
        let source = r#"
            use std::collections::HashMap;
            use std::sync::{Arc, Mutex};
            use futures::future::{join_all, try_join_all};
            use futures::stream::{self, StreamExt as _};
            use tokio::sync::{Semaphore, oneshot};
            use tokio::task::JoinSet;
            use tokio::time::{Duration, sleep, timeout};
            use stand_ins::{fetch_user, task_one};

            #[derive(Debug, Clone, PartialEq)]
            pub struct Dashboard { user: String }

            /// Loads the page.
            pub async fn load(env: u32) -> Vec<String> {
                let shared = Arc::new(Mutex::new(HashMap::<u32, String>::new()));
                let (a, b) = tokio::join!(task_one(), fetch_user());
                let mut set = JoinSet::new();
                set.spawn(async move { sleep(Duration::from_millis(env as u64)).await });
                tokio::select! { _ = sleep(Duration::ZERO) => {}, else => {} }
                std::thread::sleep(std::time::Duration::from_millis(1));
                println!("{a} {b} {}", env != 3);
                let _ = timeout(Duration::from_secs(1), stream::iter([1]).collect::<Vec<_>>()).await;
                vec![a, b]
            }
        "#;
        assert_eq!(refused(source), Vec::<String>::new());
    }

    #[test]
    fn a_direct_path_is_refused_with_its_line() {
        let source = "pub async fn f() {\n    std::process::exit(0);\n}\n";
        assert_eq!(
            refused(source),
            ["line 2: `std::process::exit` ends or starts processes"]
        );
    }

    #[test]
    fn renames_groups_and_globs_are_followed() {
        assert_eq!(
            refused("use std as s;\nfn f() { s::fs::write(\"x\", \"\"); }"),
            ["line 2: `std::fs::write` touches files"]
        );
        assert_eq!(
            refused("use std::{self as s};\nuse s::env as e;\nfn f() { e::var(\"A\"); }"),
            [
                "line 2: `std::env` reads the environment",
                "line 3: `std::env::var` reads the environment"
            ]
        );
        assert_eq!(
            refused("use std::*;\nfn f() { process::abort(); }"),
            ["line 2: `std::process::abort` ends or starts processes"]
        );
        assert_eq!(
            refused("use tokio::time::*;\nasync fn f() { pause(); }"),
            ["line 2: `tokio::time::pause` controls tokio's clock, which the harness owns"]
        );
        assert_eq!(
            refused("fn f() { ::core::arch::asm!(\"nop\"); }"),
            ["line 1: `std::arch::asm!` runs machine code of its own"]
        );
        assert_eq!(
            refused("fn f() { std::r#fs::remove_file(\"x\"); }"),
            ["line 1: `std::fs::remove_file` touches files"]
        );
    }

    #[test]
    fn paths_inside_macro_arguments_are_read() {
        assert_eq!(
            refused("fn f() { println!(\"{}\", std::env::args().count()); }"),
            ["line 1: `std::env::args` reads the environment"]
        );
        assert_eq!(
            refused(
                "async fn f() { tokio::select! { _ = async {} => tokio::time::advance(D).await } }"
            ),
            ["line 1: `tokio::time::advance` controls tokio's clock, which the harness owns"]
        );
    }

    #[test]
    fn what_could_hide_a_name_is_refused() {
        assert_eq!(
            refused("#[path = \"other.rs\"]\nmod other;"),
            [
                "line 1: `#[path]` is an attribute no exercise needs: it could change what is compiled or run",
                "line 2: `mod ...;` reads a module from another file: keep all of your code in this one"
            ]
        );
        assert_eq!(
            refused("macro_rules! m { ($a:ident) => { std::$a::exit(0) } }"),
            ["line 1: `macro_rules!` defines a macro, which could hide what it calls"]
        );
        assert_eq!(
            refused("fn f() { unsafe { g() } }\nextern crate std as s;"),
            [
                "line 1: `unsafe` turns off the compiler's checks",
                "line 2: `extern` links foreign code or other crates"
            ]
        );
        assert_eq!(
            refused("const S: &str = include_str!(\"/etc/passwd\");"),
            ["line 1: `include_str!` reads another file"]
        );
        assert_eq!(
            refused("#[tokio::main]\nasync fn main() {}"),
            [
                "line 1: `#[tokio::main]` is an attribute no exercise needs: it could change what is compiled or run"
            ]
        );
        assert_eq!(
            refused("#[unsafe(no_mangle)]\npub fn rust_eh_personality() {}"),
            [
                "line 1: `#[unsafe]` is an attribute no exercise needs: it could change what is compiled or run"
            ]
        );
    }

    #[test]
    fn the_harness_is_out_of_reach() {
        assert_eq!(
            refused("use stand_ins::__harness::Session;"),
            ["line 1: `stand_ins::__harness::Session` reaches into the harness"]
        );
        assert_eq!(
            refused("use stand_ins::*;\nfn f() { __harness::call(\"x\"); }"),
            ["line 2: `stand_ins::__harness::call` reaches into the harness"]
        );
        assert_eq!(
            refused("fn f() -> u64 { timeline::run_seed() }"),
            ["line 1: `timeline::run_seed` reaches into the harness"]
        );
    }

    /// Exercise 15 moves CPU work to the blocking pool. Its stand-ins turn on tokio's
    /// `test-util`, which makes the clock's controls exist in every build: they stay refused.
    #[test]
    fn the_blocking_pool_is_in_reach_and_the_clock_is_not() {
        let source = r#"
            use stand_ins::{post_reply, resize_image};
            use tokio::task::{JoinSet, spawn_blocking};

            pub async fn f(photo: String) -> (String, String) {
                let mut set = JoinSet::new();
                set.spawn_blocking(|| resize_image("a.jpg"));
                let resized = spawn_blocking(move || resize_image(&photo));
                let (resized, post) = tokio::join!(resized, post_reply("hi"));
                (resized.expect("resized"), post)
            }
        "#;
        assert_eq!(refused(source), Vec::<String>::new());
        assert_eq!(
            refused("use tokio::time::{advance, resume};"),
            [
                "line 1: `tokio::time::advance` controls tokio's clock, which the harness owns",
                "line 1: `tokio::time::resume` controls tokio's clock, which the harness owns",
            ]
        );
        assert_eq!(
            refused("fn f() { stand_ins::__harness::compute(\"resize_image(a.jpg)\"); }"),
            ["line 1: `stand_ins::__harness::compute` reaches into the harness"]
        );
    }

    /// A thread of the code's own runs beside the paused clock, which cannot time it; sleeping
    /// on the runtime's thread stays allowed, for the watchdog to catch and explain.
    #[test]
    fn threads_of_ones_own_are_refused_with_the_tool_to_use() {
        let spawn = refused("use std::thread;\nfn f() { thread::spawn(|| 1); }");
        assert_eq!(spawn.len(), 1, "{spawn:?}");
        assert!(
            spawn[0].starts_with("line 2: `std::thread::spawn` runs code on a thread of its own")
        );
        assert!(
            spawn[0].ends_with("`tokio::task::spawn_blocking` runs it on tokio's blocking pool")
        );
        assert_eq!(refused("fn f() { std::thread::scope(|_| ()); }").len(), 1);
        assert_eq!(
            refused("fn f() { std::thread::sleep(std::time::Duration::from_millis(5)); }"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn another_answer_of_a_class_batch_is_out_of_reach() {
        assert_eq!(
            refused("use super::__asynclings_v00008 as other;"),
            ["line 1: `__asynclings_v00008` is the name of another answer graded beside this one"]
        );
    }

    #[test]
    fn a_variable_or_field_named_like_a_module_is_not_a_path() {
        assert_eq!(
            refused("fn f(env: u8, fs: u8) -> bool { let process = env != fs; process }"),
            Vec::<String>::new()
        );
    }
}

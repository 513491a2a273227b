//! `--jq EXPR`: a jq program run in-process on what a command prints, as gh's `--jq` (the `jaq`
//! interpreter with jq's standard library; no external jq needed).
//!
//! The program is compiled once, before any request ([`Jq::compile`]): a bad program is one line
//! and exit 3. Each JSON value a command would print goes through it (for record streams, each
//! record, so memory stays flat); every output is printed on a line of its own, strings raw (as
//! `jq -r`), anything else as compact JSON. Values go in and out as JSON text, so decimals keep
//! their exact digits.

use std::fmt;
use std::io::{self, Write};

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data, unwrap_valr};
use jaq_json::Val;
use serde_json::Value;

use crate::exit::{ExitCode, Failure};

type Data = data::JustLut<Val>;

/// A compiled jq program.
pub struct Jq {
    filter: jaq_core::compile::Filter<jaq_core::Native<Data>>,
}

impl fmt::Debug for Jq {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Jq")
    }
}

impl Jq {
    /// Parses and compiles `code`; an error is a usage error (exit 3) naming where it went wrong.
    pub fn compile(code: &str) -> Result<Jq, Failure> {
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs());
        let funs = jaq_core::funs::<Data>()
            .chain(jaq_std::funs::<Data>())
            .chain(jaq_json::funs::<Data>());
        let loader = Loader::new(defs);
        let arena = Arena::default();
        let program = File { code, path: () };
        let at = |rest: &str| {
            let offset = code.len().saturating_sub(rest.len());
            let near: String = rest.chars().take(20).collect();
            if near.is_empty() {
                format!("at the end (column {})", offset + 1)
            } else {
                format!("at column {} ('{near}')", offset + 1)
            }
        };
        let bad = |why: String| Failure::usage(format!("--jq: {why}"));
        let modules = loader.load(&arena, program).map_err(|errors| {
            let why = errors
                .into_iter()
                .next()
                .map(|(_, error)| match error {
                    jaq_core::load::Error::Io(list) => list
                        .into_iter()
                        .next()
                        .map(|(path, why)| format!("cannot load {path}: {why}"))
                        .unwrap_or_else(|| "cannot load a module".into()),
                    jaq_core::load::Error::Lex(list) => list
                        .into_iter()
                        .next()
                        .map(|(expect, rest)| format!("expected {} {}", expect.as_str(), at(rest)))
                        .unwrap_or_else(|| "cannot read the program".into()),
                    jaq_core::load::Error::Parse(list) => list
                        .into_iter()
                        .next()
                        .map(|(expect, rest)| format!("expected {} {}", expect.as_str(), at(rest)))
                        .unwrap_or_else(|| "cannot parse the program".into()),
                })
                .unwrap_or_else(|| "cannot parse the program".into());
            bad(why)
        })?;
        let filter = Compiler::default()
            .with_funs(funs)
            .compile(modules)
            .map_err(|errors| {
                let why = errors
                    .into_iter()
                    .flat_map(|(_, list)| list)
                    .next()
                    .map(|(name, undefined)| {
                        format!("undefined {} '{name}' {}", undefined.as_str(), at(name))
                    })
                    .unwrap_or_else(|| "cannot compile the program".into());
                bad(why)
            })?;
        Ok(Jq { filter })
    }

    /// Runs the program on `input` and writes each output on a line: strings raw, other values
    /// as compact JSON. A runtime error (`error("…")`, `.a` on a number) ends the command with
    /// its text and exit 3: the program is the user's argument, not the server's answer.
    /// The error is an `io::Error` (writers of records deal in those) that holds the
    /// [`Failure`] for a runtime error.
    pub fn write<W: Write + ?Sized>(&self, input: &Value, out: &mut W) -> io::Result<()> {
        let text = serde_json::to_vec(input)?;
        let input = jaq_json::read::parse_single(&text).map_err(|err| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("--jq: cannot read the input: {err}"),
            )
        })?;
        let ctx = Ctx::<Data>::new(&self.filter.lut, Vars::new([]));
        for output in self.filter.id.run((ctx, input)).map(unwrap_valr) {
            match output {
                Ok(Val::TStr(text)) => {
                    out.write_all(&text)?;
                    out.write_all(b"\n")?;
                }
                Ok(value) => writeln!(out, "{value}")?,
                Err(err) => {
                    out.flush()?;
                    // The error shows the value it failed on, which may be a whole record list.
                    let mut why = err.to_string();
                    if why.chars().count() > 300 {
                        why = why.chars().take(300).collect::<String>() + "…";
                    }
                    return Err(io::Error::other(Failure::new(
                        ExitCode::Usage,
                        format!("--jq: {why}"),
                    )));
                }
            }
        }
        Ok(())
    }

    /// [`Jq::write`] on standard output, flushed.
    pub fn print(&self, input: &Value) -> io::Result<()> {
        let mut stdout = io::stdout().lock();
        self.write(input, &mut stdout)?;
        stdout.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(code: &str, input: Value) -> String {
        let mut out = Vec::new();
        Jq::compile(code).unwrap().write(&input, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn strings_are_raw_and_other_values_compact_json() {
        assert_eq!(run(".name", json!({"name": "ACME"})), "ACME\n");
        assert_eq!(run(". + 1", json!(41)), "42\n");
        assert_eq!(
            run(".[]", json!([1, "a", {"b": [1]}])),
            "1\na\n{\"b\":[1]}\n"
        );
        assert_eq!(run("map(.id) | add", json!([{"id": 1}, {"id": 2}])), "3\n");
        assert_eq!(run("select(.a > 1)", json!({"a": 1})), "");
    }

    #[test]
    fn decimals_keep_their_digits() {
        let value: Value = serde_json::from_str(r#"{"rate": 1.10000000000000000001}"#).unwrap();
        assert_eq!(run(".rate", value), "1.10000000000000000001\n");
    }

    #[test]
    fn the_standard_library_is_there() {
        assert_eq!(
            run("[.[] | ascii_downcase] | join(\",\")", json!(["A", "B"])),
            "a,b\n"
        );
        assert_eq!(run("test(\"^ac\"; \"i\")", json!("ACME")), "true\n");
        assert_eq!(run("tojson", json!([1, "a"])), "[1,\"a\"]\n");
    }

    #[test]
    fn bad_programs_are_usage_errors_that_say_where() {
        for code in [".[", "foo(", ".a |", "nosuchfilter", "$x"] {
            let err = Jq::compile(code).unwrap_err();
            assert_eq!(err.code, ExitCode::Usage, "{code}");
            assert!(err.to_string().starts_with("--jq: "), "{err}");
        }
        let err = Jq::compile("nosuchfilter").unwrap_err().to_string();
        assert!(err.contains("nosuchfilter"), "{err}");
    }

    #[test]
    fn runtime_errors_are_reported() {
        let mut out = Vec::new();
        let jq = Jq::compile(".a").unwrap();
        let err = jq.write(&json!(1), &mut out).unwrap_err();
        assert!(err.to_string().starts_with("--jq: "), "{err}");
    }
}

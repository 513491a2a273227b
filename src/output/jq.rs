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
use jaq_core::{Compiler, Ctx, Vars, data};
use jaq_json::Val;
use serde_json::Value;

use crate::exit::{ExitCode, Failure};

type Data = data::JustLut<Val>;

/// jq's `@csv` and `@tsv`, which jaq's standard library leaves out (its `@json`, `@text`,
/// `@html`, `@uri`, `@sh`, `@base64` and `@base64d` are there): an array as one CSV row (strings
/// quoted, `"` doubled) or one TSV row (`\\`, tab, newline and CR escaped), as jq writes them.
const FORMATS: &str = r#"
def @csv:
  if type != "array" then error("\(type) cannot be csv-formatted, only an array can be") else
  map(if type == "string" then "\"" + (split("\"") | join("\"\"")) + "\""
      elif type == "null" then ""
      elif type == "number" or type == "boolean" then tostring
      else error("\(type) is not valid in a csv row") end)
  | join(",") end;
def @tsv:
  if type != "array" then error("\(type) cannot be tsv-formatted, only an array can be") else
  map(if type == "string" then split("\\") | join("\\\\") | split("\t") | join("\\t")
        | split("\n") | join("\\n") | split("\r") | join("\\r")
      elif type == "null" then ""
      elif type == "number" or type == "boolean" then tostring
      else error("\(type) is not valid in a tsv row") end)
  | join("\t") end;
"#;

/// A compiled jq program.
pub struct Jq {
    filter: jaq_core::compile::Filter<jaq_core::Native<Data>>,
    /// Standard output is a terminal: what the program prints (server text among it) has the
    /// characters that could drive the terminal written as escapes, as every other output.
    terminal: bool,
}

impl fmt::Debug for Jq {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Jq")
    }
}

impl Jq {
    /// Parses and compiles `code`; an error is a usage error (exit 3) naming where it went wrong.
    pub fn compile(code: &str) -> Result<Jq, Failure> {
        let formats = jaq_core::load::parse(FORMATS, |p| p.defs()).unwrap_or_default();
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs())
            .chain(formats);
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
        Ok(Jq {
            filter,
            terminal: false,
        })
    }

    /// The same program, printing for a terminal when `terminal` is true.
    pub fn for_terminal(self, terminal: bool) -> Jq {
        Jq { terminal, ..self }
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
        for output in self.filter.id.run((ctx, input)) {
            // `halt` and `halt_error` end the program: jaq would end the process with jq's
            // codes (`halt_error` is 5, which tryton-cli keeps for "changes pending").
            let output = match output.map_err(|exn| exn.get_err()) {
                Ok(value) => Ok(value),
                Err(Ok(err)) => Err(err),
                Err(Err(exn)) => {
                    out.flush()?;
                    return match exn.get_halt() {
                        Ok(0) => {
                            std::process::exit(0);
                        }
                        _ => Err(io::Error::other(Failure::new(
                            ExitCode::Usage,
                            "--jq: the program stopped with halt_error",
                        ))),
                    };
                }
            };
            match output {
                Ok(Val::TStr(text)) if self.terminal => {
                    let text = String::from_utf8_lossy(&text);
                    writeln!(out, "{}", super::terminal::escape_for_terminal(&text))?;
                }
                Ok(Val::TStr(text)) => {
                    out.write_all(&text)?;
                    out.write_all(b"\n")?;
                }
                Ok(value) if self.terminal => writeln!(
                    out,
                    "{}",
                    super::terminal::escape_for_terminal(&value.to_string())
                )?,
                Ok(value) => writeln!(out, "{value}")?,
                Err(err) => {
                    out.flush()?;
                    // A string error (`error("…")`) is its text; others show the value they
                    // failed on, which may be a whole record list.
                    let mut why = match err.into_val() {
                        Val::TStr(text) | Val::BStr(text) => {
                            String::from_utf8_lossy(&text).into_owned()
                        }
                        other => other.to_string(),
                    };
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
    fn on_a_terminal_control_characters_in_what_it_prints_are_escaped() {
        let jq = Jq::compile(".").unwrap().for_terminal(true);
        let mut out = Vec::new();
        jq.write(&json!("a\u{1b}[2Jb\u{202e}"), &mut out).unwrap();
        jq.write(&json!({"n": "\u{9b}"}), &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a\\u001b[2Jb\\u202e\n{\"n\":\"\\u009b\"}\n"
        );
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
    fn jqs_format_strings_are_there() {
        let row = json!([1, "a,\"b\"", null, true, "t\tn\n"]);
        assert_eq!(
            run("@csv", row.clone()),
            "1,\"a,\"\"b\"\"\",,true,\"t\tn\n\"\n"
        );
        assert_eq!(run("@tsv", row), "1\ta,\"b\"\t\ttrue\tt\\tn\\n\n");
        assert_eq!(run("@json", json!({"a": 1})), "{\"a\":1}\n");
        assert_eq!(run("@text", json!(12)), "12\n");
        assert_eq!(run("@html", json!("<a & b>")), "&lt;a &amp; b&gt;\n");
        assert_eq!(run("@uri", json!("a b/c")), "a%20b%2Fc\n");
        assert_eq!(run("@sh", json!("it's")), "'it'\\''s'\n");
        assert_eq!(run("@base64", json!("hi")), "aGk=\n");
        assert_eq!(run("@base64d", json!("aGk=")), "hi\n");
        assert_eq!(
            run("[.id, .name] | @csv", json!({"id": 3, "name": "ACME"})),
            "3,\"ACME\"\n"
        );
    }

    #[test]
    fn a_string_error_is_its_text_and_halt_error_is_exit_3() {
        let mut out = Vec::new();
        let err = Jq::compile("error(\"boom\")")
            .unwrap()
            .write(&json!(1), &mut out)
            .unwrap_err();
        assert_eq!(err.to_string(), "--jq: boom");
        let err = Jq::compile("halt_error")
            .unwrap()
            .write(&json!("bye\n"), &mut out)
            .unwrap_err();
        let failure = err
            .get_ref()
            .and_then(|e| e.downcast_ref::<Failure>())
            .unwrap();
        assert_eq!(failure.code, ExitCode::Usage);
    }

    #[test]
    fn runtime_errors_are_reported() {
        let mut out = Vec::new();
        let jq = Jq::compile(".a").unwrap();
        let err = jq.write(&json!(1), &mut out).unwrap_err();
        assert!(err.to_string().starts_with("--jq: "), "{err}");
    }
}

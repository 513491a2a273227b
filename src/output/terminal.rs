//! What the standard streams are, decided once per run (as gh's iostreams): whether stdout is a
//! terminal, whether we may prompt, the width tables fit, and whether to use colour. The only place
//! that asks the OS whether a stream is a terminal.

use std::ffi::OsStr;
use std::io::IsTerminal;

use super::Format;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Terminal {
    /// Standard output is a terminal: tables by default, pretty JSON, a row cap.
    pub stdout: bool,
    /// Standard input and standard error are terminals: prompts (passwords, codes) can be asked.
    pub can_prompt: bool,
    /// Standard error is a terminal: progress bars may be drawn there.
    pub stderr: bool,
    /// The width a table should fit; `None` when unknown (then tables keep their natural width).
    pub width: Option<u16>,
    /// Styling in tables.
    pub color: bool,
}

/// What [`Terminal::from_facts`] decides from; kept apart from the OS for tests.
#[derive(Clone, Debug, Default)]
pub struct Facts<'a> {
    pub stdout_tty: bool,
    pub stdin_tty: bool,
    pub stderr_tty: bool,
    /// `COLUMNS`, if set.
    pub columns: Option<&'a str>,
    /// The width the terminal reports (TIOCGWINSZ), if any.
    pub reported_width: Option<u16>,
    pub no_color: Option<&'a OsStr>,
    pub term: Option<&'a OsStr>,
}

impl Terminal {
    /// Asks the OS once; the result is handed to every command.
    pub fn detect() -> Terminal {
        let stdout_tty = std::io::stdout().is_terminal();
        let columns = std::env::var("COLUMNS").ok();
        let no_color = std::env::var_os("NO_COLOR");
        let term = std::env::var_os("TERM");
        Terminal::from_facts(&Facts {
            stdout_tty,
            stdin_tty: std::io::stdin().is_terminal(),
            stderr_tty: std::io::stderr().is_terminal(),
            columns: columns.as_deref(),
            reported_width: if stdout_tty {
                comfy_table::Table::new().width()
            } else {
                None
            },
            no_color: no_color.as_deref(),
            term: term.as_deref(),
        })
    }

    pub fn from_facts(facts: &Facts<'_>) -> Terminal {
        // A width of 0 (some CI ptys, `script`, Emacs shells) means the terminal does not know.
        let width = facts
            .columns
            .and_then(|c| c.trim().parse::<u16>().ok())
            .or(facts.reported_width)
            .filter(|w| *w > 0);
        Terminal {
            stdout: facts.stdout_tty,
            can_prompt: facts.stdin_tty && facts.stderr_tty,
            stderr: facts.stderr_tty,
            width: if facts.stdout_tty { width } else { None },
            color: use_color(facts.stdout_tty, facts.no_color, facts.term),
        }
    }

    /// A table for a person at a terminal, NDJSON for a pipe.
    pub fn default_format(&self) -> Format {
        if self.stdout {
            Format::Table
        } else {
            Format::Ndjson
        }
    }
}

/// Text for a terminal with every character that could drive it written as a JSON escape
/// (`\u001b`, `\u009b`, `\u202e`): C0 controls but newline and tab, DEL, the C1 controls and
/// the bidi controls. serde_json escapes C0 in strings but writes C1 and bidi controls as they
/// are; since they can only occur inside JSON strings, the escaped text is the same JSON value.
pub fn escape_for_terminal(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| {
        matches!(c as u32,
            0x00..=0x08 | 0x0b..=0x1f | 0x7f..=0x9f
            | 0x200e | 0x200f | 0x061c | 0x202a..=0x202e | 0x2066..=0x2069)
    };
    if !text.chars().any(unsafe_char) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 12);
    for c in text.chars() {
        if unsafe_char(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// Colour only on a terminal that can show it: never when `NO_COLOR` is set to anything non-empty
/// (<https://no-color.org>) or `TERM` is `dumb`.
fn use_color(stdout_tty: bool, no_color: Option<&OsStr>, term: Option<&OsStr>) -> bool {
    stdout_tty
        && no_color.is_none_or(|value| value.is_empty())
        && term.is_none_or(|term| term != "dumb")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_format_is_a_table_on_a_terminal_and_ndjson_in_a_pipe() {
        let tty = Terminal::from_facts(&Facts {
            stdout_tty: true,
            ..Facts::default()
        });
        assert_eq!(tty.default_format(), Format::Table);
        assert_eq!(Terminal::default().default_format(), Format::Ndjson);
    }

    #[test]
    fn colour_needs_a_terminal_and_respects_no_color_and_dumb_terminals() {
        assert!(use_color(true, None, None));
        assert!(use_color(true, Some("".as_ref()), Some("xterm".as_ref())));
        assert!(!use_color(true, Some("1".as_ref()), None));
        assert!(!use_color(false, None, None));
        assert!(!use_color(true, None, Some("dumb".as_ref())));
    }

    #[test]
    fn json_for_a_terminal_escapes_c1_and_bidi_controls_and_stays_the_same_value() {
        let value = serde_json::json!({"name": "a\u{1b}]0;x\u{7}\u{9b}2J\u{202e}b\tc"});
        let text = serde_json::to_string_pretty(&value).unwrap();
        let shown = escape_for_terminal(&text);
        assert!(!shown.contains(['\u{9b}', '\u{202e}', '\u{1b}']), "{shown}");
        assert!(shown.contains("\\u009b2J\\u202eb"), "{shown}");
        let back: serde_json::Value = serde_json::from_str(&shown).unwrap();
        assert_eq!(back, value);
        assert_eq!(escape_for_terminal("plain\ttext\n"), "plain\ttext\n");
    }

    #[test]
    fn a_zero_or_unknown_width_is_no_width() {
        let width = |columns: Option<&str>, reported: Option<u16>| {
            Terminal::from_facts(&Facts {
                stdout_tty: true,
                columns,
                reported_width: reported,
                ..Facts::default()
            })
            .width
        };
        assert_eq!(width(None, Some(0)), None);
        assert_eq!(width(Some("0"), None), None);
        assert_eq!(width(Some("0"), Some(120)), None);
        assert_eq!(width(None, Some(120)), Some(120));
        assert_eq!(width(Some("90"), Some(120)), Some(90));
        assert_eq!(width(Some("wide"), Some(120)), Some(120));
        assert_eq!(width(None, None), None);
    }

    #[test]
    fn prompts_need_both_stdin_and_stderr_on_a_terminal() {
        let term = |stdin_tty, stderr_tty| {
            Terminal::from_facts(&Facts {
                stdin_tty,
                stderr_tty,
                ..Facts::default()
            })
            .can_prompt
        };
        assert!(term(true, true));
        assert!(!term(true, false));
        assert!(!term(false, true));
    }
}

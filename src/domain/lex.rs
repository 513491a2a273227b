//! Words from the arguments: [`lex`] splits one argument, [`Tokens`] hands the parser words (or
//! a whole argument where a value is expected), and [`quoted`] is the one reader of quoted text,
//! for words, JSON strings and list items alike.

use std::collections::VecDeque;

use super::DomainError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Plain text: typed by its field (or by its spelling: number, true/false/null, else text).
    Bare,
    /// Text from quotes: always a string.
    Quoted,
    /// A JSON array or object.
    Json,
}

#[derive(Debug, Clone)]
pub(super) struct Token {
    pub(super) text: String,
    pub(super) kind: Kind,
    /// 1-based position among all tokens, for messages.
    pub(super) position: usize,
}

impl Token {
    pub(super) fn shown(&self) -> String {
        match self.kind {
            Kind::Quoted => format!("\"{}\"", self.text),
            _ => self.text.clone(),
        }
    }
}

/// The text of the quoted string that opens at `chars[open]` (its quote, `'` or `"`) and the
/// index just after its closing quote; `\` escapes the quote or a backslash, any other `\` is
/// kept. `None` when the quote is not closed. Where a string ends is all JSON scanning needs:
/// JSON's other escapes (`\n`, `\u…`) never hide a quote.
pub(super) fn quoted(chars: &[char], open: usize) -> Option<(String, usize)> {
    let quote = chars[open];
    let mut text = String::new();
    let mut i = open + 1;
    loop {
        match chars.get(i) {
            None => return None,
            Some('\\') if matches!(chars.get(i + 1), Some(&c) if c == quote || c == '\\') => {
                text.push(chars[i + 1]);
                i += 2;
            }
            Some(&c) if c == quote => return Some((text, i + 1)),
            Some(&c) => {
                text.push(c);
                i += 1;
            }
        }
    }
}

/// Splits one argument into words: whitespace separates, quotes at the start of a word make one
/// word of what they enclose, `[`/`{` at the start of a word take a balanced JSON value, `(`
/// a list up to its `)`.
pub(super) fn lex(arg: &str) -> Result<Vec<(String, Kind)>, String> {
    let chars: Vec<char> = arg.chars().collect();
    let mut words = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        match chars[i] {
            '\'' | '"' => {
                let Some((text, end)) = quoted(&chars, start) else {
                    let word: String = chars[start..].iter().collect();
                    return Err(format!("unterminated quote in {word}"));
                };
                i = end;
                if chars.get(i).is_some_and(|c| !c.is_whitespace()) {
                    let word: String = chars[start..]
                        .iter()
                        .take_while(|c| !c.is_whitespace())
                        .collect();
                    return Err(format!(
                        "text right after a closing quote in {word} (put a space after the quote)"
                    ));
                }
                words.push((text, Kind::Quoted));
            }
            '[' | '{' => {
                let mut depth = 0usize;
                let mut unterminated_string = false;
                while i < chars.len() {
                    let c = chars[i];
                    i += 1;
                    match c {
                        '"' => match quoted(&chars, i - 1) {
                            Some((_, end)) => i = end,
                            None => {
                                unterminated_string = true;
                                i = chars.len();
                            }
                        },
                        '[' | '{' => depth += 1,
                        ']' | '}' => {
                            depth = depth.saturating_sub(1);
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                let text: String = chars[start..i].iter().collect();
                if depth != 0 || unterminated_string {
                    return Err(format!("unterminated JSON value {text}"));
                }
                if chars.get(i).is_some_and(|c| !c.is_whitespace()) {
                    let rest: String = chars[i..]
                        .iter()
                        .take_while(|c| !c.is_whitespace())
                        .collect();
                    return Err(format!(
                        "text right after the JSON value {text}: {rest} (put a space after it)"
                    ));
                }
                words.push((text, Kind::Json));
            }
            '(' => {
                // A list in parentheses, spaces and quoted items included: `(1, 2)`,
                // `('ACME, Inc', Foo)`. Quotes count at the start of an item only.
                let mut depth = 0usize;
                let mut item_start = true;
                while i < chars.len() {
                    let c = chars[i];
                    i += 1;
                    match c {
                        '\'' | '"' if item_start => {
                            // An unclosed quote runs to the end: the list may go on in the next
                            // argument.
                            i = quoted(&chars, i - 1).map_or(chars.len(), |(_, end)| end);
                            item_start = false;
                            continue;
                        }
                        '(' => depth += 1,
                        ')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    item_start = c == ',' || c == '(' || (item_start && c.is_whitespace());
                }
                let text: String = chars[start..i].iter().collect();
                if depth == 0 && chars.get(i).is_some_and(|c| !c.is_whitespace()) {
                    let rest: String = chars[i..]
                        .iter()
                        .take_while(|c| !c.is_whitespace())
                        .collect();
                    return Err(format!(
                        "text right after the list {text}: {rest} (put a space after it)"
                    ));
                }
                // An unclosed list goes on in the next argument (`'(1,' '2)'`).
                words.push((text, Kind::Bare));
            }
            _ => {
                while i < chars.len() && !chars[i].is_whitespace() {
                    i += 1;
                }
                words.push((chars[start..i].iter().collect(), Kind::Bare));
            }
        }
    }
    Ok(words)
}
/// Tokens pulled on demand: where the parser expects a word (field, operator, `and`/`or`) the
/// next argument is split with [`lex`]; where it expects a value and no split word is pending,
/// the next argument is the value as a whole.
pub(super) struct Tokens<'a> {
    args: &'a [String],
    next_arg: usize,
    pending: VecDeque<(String, Kind)>,
    position: usize,
}

impl<'a> Tokens<'a> {
    pub(super) fn new(args: &'a [String]) -> Self {
        Tokens {
            args,
            next_arg: 0,
            pending: VecDeque::new(),
            position: 0,
        }
    }

    fn token(&mut self, (text, kind): (String, Kind)) -> Token {
        self.position += 1;
        Token {
            text,
            kind,
            position: self.position,
        }
    }

    /// Fills `pending` from the following arguments (skipping blank ones); false at the end.
    fn refill(&mut self) -> Result<bool, DomainError> {
        while self.pending.is_empty() {
            let Some(arg) = self.args.get(self.next_arg) else {
                return Ok(false);
            };
            self.next_arg += 1;
            let words = lex(arg).map_err(|why| {
                DomainError::Syntax(format!("{why} (argument {})", self.next_arg))
            })?;
            self.pending.extend(words);
        }
        Ok(true)
    }

    pub(super) fn next_word(&mut self) -> Result<Option<Token>, DomainError> {
        if !self.refill()? {
            return Ok(None);
        }
        let word = self.pending.pop_front().expect("refilled");
        Ok(Some(self.token(word)))
    }

    pub(super) fn peek_word(&mut self) -> Result<Option<&(String, Kind)>, DomainError> {
        self.refill()?;
        Ok(self.pending.front())
    }

    pub(super) fn next_value(&mut self) -> Result<Option<Token>, DomainError> {
        if let Some(word) = self.pending.pop_front() {
            return Ok(Some(self.token(word)));
        }
        let Some(arg) = self.args.get(self.next_arg) else {
            return Ok(None);
        };
        self.next_arg += 1;
        let word = whole_value(arg);
        Ok(Some(self.token(word)))
    }

    /// The next value's text, without taking it (for messages).
    pub(super) fn peek_value_text(&self) -> Option<String> {
        match self.pending.front() {
            Some((text, _)) => Some(text.clone()),
            None => self.args.get(self.next_arg).cloned(),
        }
    }
}

/// A whole argument used as a value: one quoted word or a JSON value if it is exactly that,
/// else the text as it is.
fn whole_value(arg: &str) -> (String, Kind) {
    let trimmed = arg.trim();
    if trimmed.starts_with(['[', '{']) {
        return (trimmed.to_string(), Kind::Json);
    }
    if trimmed.starts_with(['\'', '"'])
        && let Ok(mut words) = lex(trimmed)
        && words.len() == 1
    {
        return words.pop().expect("one word");
    }
    (arg.to_string(), Kind::Bare)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(String, usize)> {
        let chars: Vec<char> = text.chars().collect();
        quoted(&chars, 0)
    }

    #[test]
    fn one_reader_for_quoted_text() {
        assert_eq!(read("'a b' c"), Some(("a b".into(), 5)));
        assert_eq!(read(r"'it\'s'"), Some(("it's".into(), 7)));
        assert_eq!(read(r#""a\\" x"#), Some((r"a\".into(), 5)));
        // Other backslashes are kept, so a JSON string's `\n` ends where JSON says.
        assert_eq!(read(r#""a\nb""#), Some((r"a\nb".into(), 6)));
        assert_eq!(read(r#""it's""#), Some(("it's".into(), 6)));
        assert_eq!(read("'open"), None);
        assert_eq!(read(r"'open\'"), None);
    }

    #[test]
    fn json_strings_may_hold_brackets_and_escaped_quotes() {
        let words = lex(r#"[["name", "=", "a]\"b"]] and"#).unwrap();
        assert_eq!(words.len(), 2);
        assert_eq!(words[0], (r#"[["name", "=", "a]\"b"]]"#.into(), Kind::Json));
        assert!(
            lex(r#"["a\"]"#)
                .unwrap_err()
                .starts_with("unterminated JSON value")
        );
        // A quoted list item that is not closed runs on into the next argument.
        assert_eq!(lex("('a b").unwrap(), vec![("('a b".into(), Kind::Bare)]);
    }
}

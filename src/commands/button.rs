//! `tryton-cli button`: press a button of records (`model.M.<button> [ids, ctx]`), as the desktop
//! client does for a form's button, and print what it returns. Only the buttons the model
//! declares are pressed: trytond answers any method of the model's RPC table at that name
//! (`delete`, `copy`, `write`…), and `button` is no way around `delete`'s confirmation.

use serde::Deserialize;
use serde_json::json;

use crate::cli::ButtonArgs;
use crate::config::Settings;
use crate::confirm::ask_yes_no;
use crate::exit::{ExitCode, Failure};
use crate::field_types::FieldTypes;
use crate::output::Output;
use crate::rpc::{self, Fault, one_line};
use crate::schema::FieldKind;
use crate::session::{Authenticated, Sessions};

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &ButtonArgs,
) -> anyhow::Result<ExitCode> {
    check_name("model", &args.model, true)?;
    check_name("button", &args.name, false)?;
    let ids = args.ids.0.clone();
    if ids.is_empty() {
        return Err(Failure::usage(
            "give the ids of the records whose button to press, e.g. 3 or 1,2",
        )
        .into());
    }
    let extra_context = args.context.clone().unwrap_or_default();
    let can_prompt = out.term().can_prompt;
    let mut session = Authenticated::open(settings, sessions, can_prompt)?;
    let declared = declared_buttons(&mut session, &args.model)
        .map_err(|err| explain(err, &args.model, &args.name))?;
    let Some(button) = declared.iter().find(|button| button.name == args.name) else {
        return Err(not_a_button(&args.model, &args.name, &declared).into());
    };
    if let Some(question) = &button.confirm {
        let what = format!("{} on {} record(s) of {}", args.name, ids.len(), args.model);
        confirm_press(&what, question, settings.assume_yes, can_prompt)?;
    }
    let context = session.context_with(extra_context);
    let method = format!("model.{}.{}", args.model, args.name);
    let value = match session.call(&method, &json!([ids, context])) {
        Ok(reply) => reply.value,
        Err(err) => return Err(explain(err, &args.model, &args.name)),
    };
    if !value.is_null() {
        out.json(&value, false, false)?;
    }
    log::info!(
        "Pressed {} on {} record(s) of {}",
        args.name,
        ids.len(),
        args.model
    );
    Ok(ExitCode::Success)
}

/// A button the model declares, and the question the desktop client asks before pressing it.
#[derive(Debug, PartialEq, Eq)]
struct Button {
    name: String,
    confirm: Option<String>,
}

/// The buttons of `model`, from the two places trytond lists them for clients: the `<button>`s
/// of its form view (`fields_view_get`; a model without a form view gets one made with all its
/// buttons, and the `confirm` the view or `ir.model.button` gives is set on each), and
/// `ir.model.button` (the buttons registered by the modules' XML data: trytond's own module
/// tests require every button there, which covers buttons a view leaves out). Either one
/// alone is used when the other cannot be read; a user who may read neither gets that error.
fn declared_buttons(session: &mut Authenticated, model: &str) -> anyhow::Result<Vec<Button>> {
    let context = session.context().clone();
    let mut buttons = Vec::new();
    let view = session.call(
        &format!("model.{model}.fields_view_get"),
        &json!([null, "form", context]),
    );
    let view_error = match view {
        Ok(reply) => {
            let view = ViewArch::deserialize(&reply.value)
                .ok()
                .and_then(|v| v.arch);
            buttons.extend(view_buttons(view.as_deref().unwrap_or_default()));
            None
        }
        // An unknown model is said as such at once.
        Err(err) if is_unknown_model(&err, model) => return Err(err),
        Err(err) => Some(err),
    };
    match registered_buttons(session, model) {
        Ok(registered) => {
            for button in registered {
                match buttons.iter_mut().find(|known| known.name == button.name) {
                    Some(known) => {
                        if known.confirm.is_none() {
                            known.confirm = button.confirm;
                        }
                    }
                    None => buttons.push(button),
                }
            }
        }
        Err(err) => {
            if let Some(view_error) = view_error {
                return Err(view_error);
            }
            log::debug!("* ir.model.button cannot be read ({err}); the form view's buttons only");
        }
    }
    Ok(buttons)
}

/// `ir.model.button`'s records for `model`: its `model` field is the model's name on 8.x and a
/// many2one to `ir.model` on 7.0.
fn registered_buttons(session: &mut Authenticated, model: &str) -> anyhow::Result<Vec<Button>> {
    let field = FieldTypes::new().definition(session, "ir.model.button", "model")?;
    let by_model = if field.kind == FieldKind::Many2One {
        "model.model"
    } else {
        "model"
    };
    let context = session.context().clone();
    let rows = session.call(
        "model.ir.model.button.search_read",
        &json!([
            [[by_model, "=", model]],
            0,
            null,
            null,
            ["name", "confirm"],
            context
        ]),
    )?;
    // An answer that is no list of buttons lists none (the form view's are still known).
    let rows: Vec<ButtonRow> = serde_json::from_value(rows.value).unwrap_or_default();
    Ok(rows
        .into_iter()
        .map(|row| Button {
            name: row.name,
            confirm: question(row.confirm.as_deref()),
        })
        .collect())
}

/// A row of `ir.model.button`'s `search_read` for `["name", "confirm"]`.
#[derive(Deserialize)]
struct ButtonRow {
    name: String,
    #[serde(default)]
    confirm: Option<String>,
}

/// What of `fields_view_get`'s answer is read here: the view's XML.
#[derive(Deserialize)]
struct ViewArch {
    #[serde(default)]
    arch: Option<String>,
}

/// A confirm text worth asking: trytond sets an empty one on view buttons that have none.
fn question(text: Option<&str>) -> Option<String> {
    text.map(one_line).filter(|text| !text.is_empty())
}

/// Refused: the name is no button of the model (`delete`, `copy` and the like included), said
/// with the buttons it has.
fn not_a_button(model: &str, name: &str, declared: &[Button]) -> Failure {
    let listed = if declared.is_empty() {
        "it declares none".to_string()
    } else {
        let names: Vec<&str> = declared.iter().map(|b| b.name.as_str()).collect();
        format!("its buttons: {}", names.join(", "))
    };
    let instead = match name {
        "delete" => format!("; to delete records: tryton-cli delete {model} IDS"),
        "write" => format!("; to change records: tryton-cli write {model} IDS VALUES"),
        _ => String::new(),
    };
    Failure::new(
        ExitCode::ServerError,
        format!("{model} has no button '{name}' ({listed}){instead}"),
    )
}

/// A button with a confirm text is asked like `delete`: on a terminal with the server's
/// question, `--yes` elsewhere; refused without either, before anything is sent.
fn confirm_press(
    what: &str,
    question: &str,
    assume_yes: bool,
    can_prompt: bool,
) -> anyhow::Result<()> {
    if assume_yes {
        return Ok(());
    }
    if !can_prompt {
        return Err(Failure::usage(format!(
            "pressing {what} asks \"{question}\": pass --yes to confirm (no terminal to ask on); nothing was sent"
        ))
        .into());
    }
    log::info!("Pressing {what}");
    if ask_yes_no(question)? {
        Ok(())
    } else {
        Err(Failure::usage("not confirmed; nothing was sent").into())
    }
}

/// The `<button name=… confirm=…>` elements of a view's XML (as trytond's lxml writes it: quoted
/// attributes, entities for `<`, `>`, `&` and quotes), outside comments.
fn view_buttons(arch: &str) -> Vec<Button> {
    let mut buttons = Vec::new();
    let mut rest = arch;
    while let Some(start) = rest.find('<') {
        rest = &rest[start..];
        if rest.starts_with("<!--") {
            rest = skip_to("-->", rest);
            continue;
        }
        if rest.starts_with("<![CDATA[") {
            rest = skip_to("]]>", rest);
            continue;
        }
        let (tag, after) = tag_at(rest);
        rest = after;
        let Some(attributes) = tag.strip_prefix("<button") else {
            continue;
        };
        if !attributes.starts_with(|c: char| c.is_whitespace() || c == '/' || c == '>') {
            continue;
        }
        let attributes = parse_attributes(attributes);
        let get = |key: &str| {
            attributes
                .iter()
                .find(|(name, _)| name == key)
                .map(|(_, value)| value.as_str())
        };
        if let Some(name) = get("name").filter(|name| !name.is_empty())
            && !buttons.iter().any(|known: &Button| known.name == name)
        {
            buttons.push(Button {
                name: name.to_string(),
                confirm: question(get("confirm")),
            });
        }
    }
    buttons
}

/// What follows the first `end` in `text` (nothing when there is none).
fn skip_to<'a>(end: &str, text: &'a str) -> &'a str {
    text.find(end).map_or("", |at| &text[at + end.len()..])
}

/// The tag that starts `text` (up to its `>`, quotes respected), and what follows it.
fn tag_at(text: &str) -> (&str, &str) {
    let mut quote = None;
    for (at, c) in text.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(open), _) if c == open => quote = None,
            (None, '>') => return (&text[..=at], &text[at + 1..]),
            _ => {}
        }
    }
    (text, "")
}

/// `name="value"` pairs of a tag, values unescaped.
fn parse_attributes(text: &str) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    let mut rest = text;
    while let Some(eq) = rest.find('=') {
        let name = rest[..eq]
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or_default()
            .to_string();
        let value = rest[eq + 1..].trim_start();
        let Some(quote) = value.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            break;
        };
        let value = &value[1..];
        let Some(end) = value.find(quote) else {
            break;
        };
        pairs.push((name, unescape(&value[..end])));
        rest = &value[end + 1..];
    }
    pairs
}

/// XML's entities: the five named ones and character references.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let Some(end) = rest.find(';') else {
            break;
        };
        let entity = &rest[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Model and button names are identifiers (a model's with dots): anything else is refused
/// before it is sent.
fn check_name(what: &str, name: &str, dotted: bool) -> anyhow::Result<()> {
    let fits = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || (dotted && c == '.'))
        && !name.starts_with(|c: char| c.is_ascii_digit() || c == '.')
        && !name.ends_with('.');
    if fits {
        Ok(())
    } else {
        Err(Failure::usage(format!("'{name}' is not a {what} name")).into())
    }
}

/// trytond's answer for a model it does not have: the KeyError of its pool, `'model'`.
fn is_unknown_model(err: &anyhow::Error, model: &str) -> bool {
    matches!(
        err.downcast_ref::<rpc::Error>(),
        Some(rpc::Error::Fault(Fault::Server { message, .. })) if message.trim() == format!("'{model}'")
    )
}

/// The server's ways of saying "no such model" and "no such button", said plainly.
fn explain(err: anyhow::Error, model: &str, button: &str) -> anyhow::Error {
    let said = |text: String| -> anyhow::Error { Failure::new(ExitCode::ServerError, text).into() };
    if is_unknown_model(&err, model) {
        return said(format!("no model named '{model}' on the server"));
    }
    match err.downcast_ref::<rpc::Error>() {
        Some(rpc::Error::Http { status: 403, .. }) => said(format!(
            "{model} has no button '{button}' that you may press (the server refuses model.{model}.{button}: HTTP 403)"
        )),
        _ => err,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_identifiers() {
        assert!(check_name("model", "ir.cron", true).is_ok());
        assert!(check_name("button", "run_once", false).is_ok());
        assert!(check_name("button", "run.once", false).is_err());
        assert!(check_name("button", "run once", false).is_err());
        assert!(check_name("model", ".cron", true).is_err());
        assert!(check_name("model", "", true).is_err());
    }

    #[test]
    fn unknown_models_and_buttons_are_named() {
        let forbidden = anyhow::Error::new(rpc::Error::Http {
            url: "u".into(),
            method: "model.ir.cron.nope".into(),
            status: 403,
            message: String::new(),
            retry_after: None,
        });
        let text = explain(forbidden, "ir.cron", "nope").to_string();
        assert!(text.contains("ir.cron has no button 'nope'"), "{text}");
        let unknown =
            anyhow::Error::new(rpc::Error::Fault(Fault::decode(&json!(["'no.such'", ""]))));
        let text = explain(unknown, "no.such", "run").to_string();
        assert_eq!(text, "no model named 'no.such' on the server");
        let other = anyhow::anyhow!("something else");
        assert_eq!(explain(other, "a", "b").to_string(), "something else");
    }

    #[test]
    fn a_views_buttons_and_their_questions_are_read_from_its_xml() {
        let arch = r#"<?xml version="1.0"?>
<form col="4"><!-- <button name="commented"/> -->
  <label name="code"/><field name="code"/>
  <button name="load_translations" icon="tryton-launch" string="Load" help="" confirm="Are you sure you want to load languages' translations?" states="{&quot;readonly&quot;: false}" type="instance"/>
  <button name="unload_translations" confirm=""/>
  <button name='quoted' confirm='a &lt;b&gt; &amp; &#233;&#x21;
 next'>text</button>
  <buttons name="not_a_button"/>
  <button name="load_translations"/>
</form>"#;
        let buttons = view_buttons(arch);
        assert_eq!(
            buttons,
            vec![
                Button {
                    name: "load_translations".into(),
                    confirm: Some("Are you sure you want to load languages' translations?".into()),
                },
                Button {
                    name: "unload_translations".into(),
                    confirm: None,
                },
                Button {
                    name: "quoted".into(),
                    confirm: Some("a <b> & é! next".into()),
                },
            ]
        );
        assert!(view_buttons("").is_empty());
        assert!(view_buttons("<form><button").is_empty());
        assert_eq!(unescape("&unknown; &amp"), "&unknown; &amp");
    }

    #[test]
    fn a_refused_button_is_said_with_the_models_buttons() {
        let cron = [Button {
            name: "run_once".into(),
            confirm: None,
        }];
        let text = not_a_button("ir.cron", "copy", &cron).to_string();
        assert_eq!(text, "ir.cron has no button 'copy' (its buttons: run_once)");
        let text = not_a_button("party.party", "delete", &[]).to_string();
        assert_eq!(
            text,
            "party.party has no button 'delete' (it declares none); to delete records: tryton-cli delete party.party IDS"
        );
    }
}

//! `--generate man`: one complete page, tryton-cli(1): the commands with their own options, the
//! global options, the domain syntax, the environment, the files and the exit status, all from
//! `cli/` (the clap definitions and `cli/man.rs`). The page names no other page of its own.

use clap::{Arg, Command};
use roff::{Roff, bold, italic, roman};

use crate::cli::EXIT_CODES;
use crate::cli::man::{DOMAIN_SYNTAX, ENVIRONMENT, FILES, SYNOPSIS, Section};

pub fn render(cli: &Command) -> String {
    let name = cli.get_name();
    let version = cli.get_version().unwrap_or_default();
    let mut page = Roff::new();
    let source = format!("{name} {version}");
    page.control("TH", [name, "1", "", source.as_str(), "User Commands"]);

    page.control("SH", ["NAME"]);
    let about = cli.get_about().map(|a| a.to_string()).unwrap_or_default();
    page.text([roman(format!("{name} - {about}"))]);

    page.control("SH", ["SYNOPSIS"]);
    page.text([bold(name), roman(format!(" {SYNOPSIS}"))]);

    page.control("SH", ["DESCRIPTION"]);
    let description = cli
        .get_long_about()
        .or(cli.get_about())
        .map(|a| a.to_string())
        .unwrap_or_default();
    paragraphs(&mut page, &description);
    page.control("PP", []);
    page.text([roman(format!(
        "Each command is described below with its own options; the global options go with \
every command. {name} COMMAND --help shows the same help on the terminal."
    ))]);

    page.control("SH", ["COMMANDS"]);
    for command in cli.get_subcommands().filter(|c| !c.is_hide_set()) {
        render_command(&mut page, name, command);
    }

    page.control("SH", ["GLOBAL OPTIONS"]);
    for arg in cli.get_arguments().filter(|a| !a.is_hide_set()) {
        option(&mut page, arg);
    }
    page.control("TP", []);
    page.text([bold("-h"), roman(", "), bold("--help")]);
    page.text([roman(
        "Print help (a summary with -h, everything with --help).",
    )]);
    page.control("TP", []);
    page.text([bold("-V"), roman(", "), bold("--version")]);
    page.text([roman("Print the version.")]);

    section(&mut page, &DOMAIN_SYNTAX);

    page.control("SH", [ENVIRONMENT.title]);
    paragraphs(&mut page, ENVIRONMENT.text);
    for (variable, flag, help) in flag_variables(cli) {
        page.control("TP", []);
        page.text([bold(variable)]);
        page.text([roman(format!("{flag}: {help}"))]);
    }
    items(&mut page, ENVIRONMENT.items);

    section(&mut page, &FILES);

    page.control("SH", ["EXIT STATUS"]);
    let mut lines = EXIT_CODES.lines();
    if let Some(intro) = lines.next() {
        page.text([roman(intro.trim_end_matches(':').to_string() + ":")]);
    }
    for line in lines {
        if let Some((code, meaning)) = line.trim().split_once(char::is_whitespace) {
            page.control("TP", []);
            page.text([bold(code)]);
            page.text([roman(meaning.trim())]);
        }
    }

    page.control("SH", ["VERSION"]);
    page.text([roman(format!("v{version}"))]);
    page.render()
}

/// `.SS tryton-cli search`, its synopsis, description, arguments, options and examples.
fn render_command(page: &mut Roff, bin: &str, command: &Command) {
    let name = command.get_name();
    page.control("SS", [format!("{bin} {name}").as_str()]);
    let mut usage = vec![bold(format!("{bin} {name}"))];
    if command
        .get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set())
    {
        usage.push(roman(" [OPTIONS]"));
    }
    for arg in command.get_positionals().filter(|a| !a.is_hide_set()) {
        let value = value_name(arg);
        let many = arg.get_num_args().is_some_and(|n| n.max_values() > 1);
        let dots = if many { "..." } else { "" };
        usage.push(roman(" "));
        if arg.is_required_set() {
            usage.push(italic(value));
            usage.push(roman(dots));
        } else {
            usage.push(roman("["));
            usage.push(italic(value));
            usage.push(roman(format!("]{dots}")));
        }
    }
    page.text(usage);
    page.control("PP", []);
    let description = command
        .get_long_about()
        .or(command.get_about())
        .map(|a| a.to_string())
        .unwrap_or_default();
    paragraphs(page, &description);
    let positionals: Vec<&Arg> = command
        .get_positionals()
        .filter(|a| !a.is_hide_set())
        .collect();
    for arg in &positionals {
        page.control("TP", []);
        page.text([italic(value_name(arg))]);
        page.text([roman(help_of(arg))]);
    }
    for arg in command
        .get_arguments()
        .filter(|a| !a.is_positional() && !a.is_hide_set())
    {
        option(page, arg);
    }
    if let Some(examples) = command.get_after_long_help().or(command.get_after_help()) {
        page.control("PP", []);
        page.control("nf", []);
        page.control("RS", ["4"]);
        for line in examples.to_string().lines() {
            page.text([roman(line)]);
        }
        page.control("RE", []);
        page.control("fi", []);
    }
}

/// `.TP` with `-o, --output FORMAT`, then the help, the possible values, the default and the
/// environment variable.
fn option(page: &mut Roff, arg: &Arg) {
    page.control("TP", []);
    let mut head = Vec::new();
    if let Some(short) = arg.get_short() {
        head.push(bold(format!("-{short}")));
    }
    if let Some(long) = arg.get_long() {
        if !head.is_empty() {
            head.push(roman(", "));
        }
        head.push(bold(format!("--{long}")));
    }
    if arg.get_action().takes_values() {
        head.push(roman(" "));
        head.push(italic(value_name(arg)));
    }
    page.text(head);
    let mut text = help_of(arg);
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !values.is_empty() && arg.get_action().takes_values() {
        text.push_str(&format!(" [possible values: {}]", values.join(", ")));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().to_string())
        .collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() && !text.contains("[default:") {
        text.push_str(&format!(" [default: {}]", defaults.join(",")));
    }
    if let Some(env) = arg.get_env()
        && !arg.is_hide_env_set()
    {
        text.push_str(&format!(" [env: {}]", env.to_string_lossy()));
    }
    page.text([roman(text)]);
}

/// The environment variables that stand for a flag: (variable, flag, help).
fn flag_variables(cli: &Command) -> Vec<(String, String, String)> {
    let mut found: Vec<(String, String, String)> = Vec::new();
    let commands = std::iter::once(cli).chain(cli.get_subcommands());
    for command in commands {
        for arg in command.get_arguments() {
            let (Some(env), Some(long)) = (arg.get_env(), arg.get_long()) else {
                continue;
            };
            let variable = env.to_string_lossy().to_string();
            if found.iter().any(|(v, _, _)| *v == variable) {
                continue;
            }
            found.push((variable, format!("--{long}"), help_of(arg)));
        }
    }
    found
}

fn value_name(arg: &Arg) -> String {
    arg.get_value_names()
        .and_then(|names| names.first())
        .map(|name| name.to_string())
        .unwrap_or_else(|| arg.get_id().as_str().to_ascii_uppercase())
}

fn help_of(arg: &Arg) -> String {
    arg.get_long_help()
        .or(arg.get_help())
        .map(|h| h.to_string())
        .unwrap_or_default()
}

fn section(page: &mut Roff, section: &Section) {
    page.control("SH", [section.title]);
    paragraphs(page, section.text);
    items(page, section.items);
}

fn items(page: &mut Roff, items: &[(&str, &str)]) {
    for (term, text) in items {
        page.control("TP", []);
        page.text([bold(*term)]);
        page.text([roman(*text)]);
    }
}

/// Text with paragraphs separated by blank lines; lines inside a paragraph are joined.
fn paragraphs(page: &mut Roff, text: &str) {
    for (index, paragraph) in text.split("\n\n").enumerate() {
        if index > 0 {
            page.control("PP", []);
        }
        let joined = paragraph
            .lines()
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(" ");
        page.text([roman(joined)]);
    }
}

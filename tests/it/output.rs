//! What the record commands print, against a real trytond: dotted fields through every kind of
//! relation, JSON rows keyed by the fields asked for, plain JSON that jq reads (and the wire form
//! on request), `-o vertical`, `--csv-safe`, tables on real terminals (zero width, long cells,
//! `TERM=dumb`) and a table's memory over thousands of rows. Runs on 8.2 and 7.0.

use serde_json::{Value, json};

use crate::common::pty::Pty;
use crate::common::server::DATABASE;
use crate::common::{Home, TrytonServer, assert_one_clean_line, requires_series, unique};

/// `model.create` through the CLI; the new ids.
fn create(session: &Home, model: &str, records: Value) -> Vec<i64> {
    let ids = session.run_json(&["call", model, "create", &records.to_string()]);
    ids.as_array()
        .unwrap()
        .iter()
        .map(|id| id.as_i64().unwrap())
        .collect()
}

/// The CLI on a pseudo-terminal of `columns` (0: one that does not know its width) with
/// `TERM=xterm` unless `env` says otherwise; what it showed (exit 0 expected).
fn on_terminal(session: &Home, columns: u16, env: &[(&str, &str)], args: &[&str]) -> String {
    let mut command = session.cli_std();
    command.env("TERM", "xterm").args(args);
    for (key, value) in env {
        command.env(key, value);
    }
    let rows = if columns == 0 { 0 } else { 24 };
    let (code, screen) = Pty::spawn_sized(command, columns, rows).finish();
    assert_eq!(code, 0, "{args:?}: {screen}");
    screen
}

/// `[["id", "=", id]]`
fn by_id(id: i64) -> String {
    json!([["id", "=", id]]).to_string()
}

/// A party with two addresses (Paris, in a new country, and Lyon, in none) and two categories.
struct Party {
    id: i64,
    name: String,
    country: String,
    categories: [String; 2],
}

fn party_with_relations(session: &Home) -> Party {
    let tag = unique("rel");
    let country = format!("{tag} land");
    let country_id = create(
        session,
        "country.country",
        json!([{"name": country, "code": "QX"}]),
    )[0];
    let categories = [format!("{tag} A"), format!("{tag} B")];
    let category_ids = create(
        session,
        "party.category",
        json!([{"name": categories[0]}, {"name": categories[1]}]),
    );
    let id = create(
        session,
        "party.party",
        json!([{"name": tag, "code": unique("code"),
            "addresses": [["create", [{"city": "Paris", "country": country_id}, {"city": "Lyon"}]]],
            "categories": [["add", category_ids]]}]),
    )[0];
    Party {
        id,
        name: tag,
        country,
        categories,
    }
}

fn csv_rows(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|row| row.unwrap().iter().map(String::from).collect())
        .collect()
}

const PATHS: &str = "name,addresses.city,addresses.country.name,categories.name,create_uid.login";

#[test]
fn dotted_fields_through_one2many_and_many2many_show_every_value() {
    let session = Home::shared();
    let party = party_with_relations(&session);
    let categories = party.categories.join(", ");
    let expected = [
        party.name.as_str(),
        "Paris, Lyon",
        party.country.as_str(),
        categories.as_str(),
        "admin",
    ];
    let domain = by_id(party.id);
    let id = party.id.to_string();
    for args in [
        vec!["search", "party.party", &domain, "-f", PATHS, "-o", "csv"],
        vec!["read", "party.party", &id, "-f", PATHS, "-o", "csv"],
    ] {
        let rows = csv_rows(&session.run_ok(&args));
        assert_eq!(rows[0], PATHS.split(',').collect::<Vec<_>>(), "{args:?}");
        assert_eq!(rows[1], expected, "{args:?}");
    }
    for args in [
        vec!["search", "party.party", &domain, "-f", PATHS, "-o", "json"],
        vec!["read", "party.party", &id, "-f", PATHS, "-o", "json"],
    ] {
        let rows = session.run_json(&args);
        assert_eq!(
            rows,
            json!([{
                "name": party.name,
                "addresses.city": ["Paris", "Lyon"],
                "addresses.country.name": [party.country, null],
                "categories.name": party.categories,
                "create_uid.login": "admin",
            }]),
            "{args:?}"
        );
    }
    let table = session.run_ok(&["search", "party.party", &domain, "-f", PATHS, "-o", "table"]);
    assert!(table.contains("Paris, Lyon"), "{table}");
    assert!(table.contains(&categories), "{table}");
}

#[test]
fn json_rows_are_keyed_by_the_asked_paths_in_the_asked_order() {
    let session = Home::shared();
    let party = party_with_relations(&session);
    let fields = "create_uid.login,addresses.city,name";
    let line = session.run_ok(&[
        "search",
        "party.party",
        &by_id(party.id),
        "-f",
        fields,
        "-o",
        "ndjson",
    ]);
    // The exact text: keys in the asked order, no server nesting ("addresses.": [...]), no id.
    assert_eq!(
        line,
        format!(
            "{}\n",
            json!({"create_uid.login": "admin", "addresses.city": ["Paris", "Lyon"], "name": party.name})
        )
    );
    let read = session.run_ok(&[
        "read",
        "party.party",
        &party.id.to_string(),
        "-f",
        fields,
        "-o",
        "json",
    ]);
    assert_eq!(read, format!("[{}]\n", line.trim_end()));
}

#[test]
fn call_search_read_as_a_table_shows_the_dotted_columns() {
    let session = Home::shared();
    let party = party_with_relations(&session);
    let base = [
        "call",
        "party.party",
        "search_read",
        &by_id(party.id),
        "0",
        "null",
        "null",
        r#"["name", "addresses.city", "create_uid.login"]"#,
    ];
    let table = session.run_ok(&[&base[..], &["-o", "table"]].concat());
    let header = table.lines().nth(1).unwrap();
    for column in ["name", "addresses.city", "create_uid.login"] {
        assert!(header.contains(column), "{column}:\n{table}");
    }
    assert!(table.contains("Paris, Lyon"), "{table}");
    let vertical = session.run_ok(&[&base[..], &["-o", "vertical"]].concat());
    assert!(
        vertical
            .lines()
            .any(|line| line == "addresses.city   | Paris, Lyon"),
        "{vertical}"
    );
    // read: the fields are its second parameter.
    let read = session.run_ok(&[
        "call",
        "party.party",
        "read",
        &format!("[{}]", party.id),
        r#"["addresses.city"]"#,
        "-o",
        "table",
    ]);
    assert!(
        read.contains("addresses.city") && read.contains("Paris, Lyon"),
        "{read}"
    );
}

#[test]
fn a_field_path_with_an_empty_name_is_refused_before_any_request() {
    let home = Home::new();
    // Nothing listens on port 1: any request would end in exit 2 (or 4 without a session).
    for path in ["addresses.", ".name", "party..name"] {
        for args in [
            vec!["search", "party.party", "-f", path],
            vec!["read", "party.party", "1", "-f", path],
        ] {
            let out = home
                .cli()
                .args(["--url", "http://127.0.0.1:1", "-d", DATABASE])
                .args(&args)
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(3), "{args:?}: {out:?}");
            let err = assert_one_clean_line(&out.stderr);
            assert!(
                err.contains(&format!("'{path}' is not a field path")),
                "{args:?}: {err}"
            );
        }
    }
}

#[test]
fn record_json_is_plain_by_default_and_the_wire_form_on_request() {
    let session = Home::shared();
    // Currency codes are three letters: derive a rarely used one from the process id.
    let letter = |n: u32| char::from(b'A' + (n % 26) as u8);
    let pid = std::process::id();
    let code = format!("R{}{}", letter(pid), letter(pid / 26));
    let currency = create(
        &session,
        "currency.currency",
        json!([{"name": unique("currency"), "code": code, "symbol": "¤",
            "rounding": {"__class__": "Decimal", "decimal": "0.01"}, "digits": 2}]),
    )[0];
    let rate = json!({"__class__": "Decimal", "decimal": "5678.012345"});
    let date = json!({"__class__": "date", "year": 2026, "month": 9, "day": 17});
    create(
        &session,
        "currency.currency.rate",
        json!([{"currency": currency, "rate": rate, "date": date}]),
    );
    let domain = json!([["currency", "=", currency]]).to_string();
    let search = ["search", "currency.currency.rate", domain.as_str()];
    let fields = ["-f", "rate,date,create_date,currency.rounding"];

    // Plain: what jq can compare and sort.
    let text = session.run_ok(&[&search[..], &fields, &["-o", "json"]].concat());
    assert!(
        text.contains(r#""rate":5678.012345,"date":"2026-09-17","create_date":""#),
        "{text}"
    );
    assert!(text.contains(r#""currency.rounding":0.01}"#), "{text}");
    let rows: Value = serde_json::from_str(&text).unwrap();
    let created = rows[0]["create_date"].as_str().unwrap();
    assert!(
        created.len() >= 19
            && created.as_bytes()[10] == b'T'
            && created[..4].parse::<u32>().is_ok(),
        "ISO 8601: {created}"
    );
    assert!(!text.contains("__class__"), "{text}");
    let ndjson = session.run_ok(&[&search[..], &fields, &["-o", "ndjson"]].concat());
    assert_eq!(ndjson.trim_end(), text.trim_end().trim_matches(['[', ']']));

    // --tagged: the wire form, which call takes back as it is.
    let tagged = session.run_json(&[&search[..], &fields, &["-o", "json", "--tagged"]].concat());
    assert_eq!(tagged[0]["rate"], rate);
    assert_eq!(tagged[0]["date"], date);
    assert_eq!(tagged[0]["create_date"]["__class__"], "datetime");
    let again = session.run_json(&[
        "call",
        "currency.currency.rate",
        "search_count",
        &json!([
            ["currency", "=", currency],
            ["rate", "=", tagged[0]["rate"]],
            ["date", "=", tagged[0]["date"]]
        ])
        .to_string(),
    ]);
    assert_eq!(again, json!(1));

    // call: the wire form by default, plain with --plain.
    let read = [
        "call",
        "currency.currency.rate",
        "search_read",
        domain.as_str(),
        "0",
        "null",
        "null",
        r#"["rate"]"#,
    ];
    let raw = session.run_json(&read);
    assert_eq!(raw[0]["rate"], rate);
    let plain = session.run_ok(&[&read[..], &["--plain", "--compact"]].concat());
    assert!(plain.contains(r#""rate":5678.012345"#), "{plain}");
}

#[test]
fn durations_and_bytes_are_plain_in_json_and_csv() {
    let session = Home::shared();
    let tag = unique("bytes");
    let party = create(
        &session,
        "party.party",
        json!([{"name": tag, "code": unique("code")}]),
    )[0];
    let attachment = create(
        &session,
        "ir.attachment",
        json!([{"name": format!("{tag}.txt"), "resource": format!("party.party,{party}"),
            "data": {"__class__": "bytes", "base64": "aGVsbG8gd29ybGQ=\n"}}]),
    )[0];
    let search = [
        "search",
        "ir.attachment",
        &by_id(attachment),
        "-f",
        "data,resource.rec_name",
    ];
    let rows = session.run_json(&[&search[..], &["-o", "json"]].concat());
    assert_eq!(
        rows,
        json!([{"data": "aGVsbG8gd29ybGQ=", "resource.rec_name": tag}])
    );
    let csv = csv_rows(&session.run_ok(&[&search[..], &["-o", "csv"]].concat()));
    assert_eq!(csv[1], ["aGVsbG8gd29ybGQ=", tag.as_str()]);
    let table = session.run_ok(&[&search[..], &["-o", "table"]].concat());
    assert!(table.contains("<11 bytes>"), "{table}");

    // A TimeDelta field: party.configuration has one from 8.0 on.
    if !requires_series("8", "party.configuration has no TimeDelta field before 8.0") {
        return;
    }
    let read = [
        "read",
        "party.configuration",
        "1",
        "-f",
        "identifier_eu_vat_validation_period",
    ];
    let wire = session.run_json(&[&read[..], &["-o", "json", "--tagged"]].concat());
    let seconds = &wire[0]["identifier_eu_vat_validation_period"]["seconds"];
    assert!(seconds.is_number(), "{wire}");
    let plain = session.run_ok(&[&read[..], &["-o", "ndjson"]].concat());
    assert_eq!(
        plain,
        format!("{{\"identifier_eu_vat_validation_period\":{seconds}}}\n")
    );
    let csv = csv_rows(&session.run_ok(&[&read[..], &["-o", "csv"]].concat()));
    assert_eq!(csv[1], [seconds.to_string()]);
}

#[test]
fn vertical_shows_one_block_per_record_for_every_record_command() {
    let session = Home::shared();
    let party = party_with_relations(&session);
    let fields = "name,addresses.city";
    let expected = format!(
        "-[ RECORD 1 ]--+{}\nname           | {}\naddresses.city | Paris, Lyon\n",
        "-".repeat(party.name.len() + 1),
        party.name
    );
    let search = session.run_ok(&[
        "search",
        "party.party",
        &by_id(party.id),
        "-f",
        fields,
        "-o",
        "vertical",
    ]);
    assert_eq!(search, expected);
    let read = session.run_ok(&[
        "read",
        "party.party",
        &party.id.to_string(),
        "-f",
        fields,
        "-o",
        "vertical",
    ]);
    assert_eq!(read, expected);
    let models = session.run_ok(&["models", "party.party", "-o", "vertical"]);
    assert!(
        models.starts_with("-[ RECORD 1 ]") && models.contains("model       | party.party\n"),
        "{models}"
    );
    let fields_out = session.run_ok(&["fields", "party.party", "-o", "vertical"]);
    let blocks = fields_out.matches("-[ RECORD ").count();
    let ndjson = session.run_ok(&["fields", "party.party", "-o", "ndjson"]);
    assert_eq!(blocks, ndjson.lines().count(), "{fields_out}");
    assert!(
        fields_out.contains("name     | addresses\n"),
        "{fields_out}"
    );
}

#[test]
fn csv_safe_neutralises_cells_that_spreadsheets_run_as_formulas() {
    let session = Home::shared();
    let tag = unique("csv");
    let formula = format!("=HYPERLINK(\"http://example.invalid/?{tag}\",\"x\")");
    let id = create(
        &session,
        "party.party",
        json!([{"name": formula, "code": format!("-2+3 {tag}")}]),
    )[0];
    let search = [
        "search",
        "party.party",
        &by_id(id),
        "-f",
        "id,name,code",
        "-o",
        "csv",
    ];
    let plain = csv_rows(&session.run_ok(&search));
    assert_eq!(
        plain[1],
        [id.to_string(), formula.clone(), format!("-2+3 {tag}")]
    );
    let safe = csv_rows(&session.run_ok(&[&search[..], &["--csv-safe"]].concat()));
    assert_eq!(
        safe[1],
        [
            id.to_string(),
            format!("'{formula}"),
            format!("'-2+3 {tag}")
        ]
    );
}

#[test]
fn a_terminal_that_reports_zero_columns_gets_a_table_at_its_natural_width() {
    let session = Home::shared();
    let name = format!("{} with a name of some sixty characters", unique("zero"));
    let id = create(
        &session,
        "party.party",
        json!([{"name": name, "code": unique("code")}]),
    )[0];
    let args = ["search", "party.party", &by_id(id), "-f", "id,name,code"];
    let screen = on_terminal(&session, 0, &[], &args);
    // Not squeezed to a column per character: the name and the header on one line each.
    assert!(screen.lines().any(|line| line.contains(&name)), "{screen}");
    assert!(
        screen
            .lines()
            .any(|line| line.contains("id") && line.contains("name") && line.contains("code")),
        "{screen}"
    );
    assert_eq!(screen.lines().count(), 5, "{screen}");
}

#[test]
fn long_cells_are_cut_on_a_terminal_and_kept_in_csv_and_json() {
    let session = Home::shared();
    let tag = unique("long");
    let name = format!("{tag} {}", "word ".repeat(1000))
        .trim_end()
        .to_string();
    assert!(name.len() > 5000);
    let id = create(
        &session,
        "party.party",
        json!([{"name": name, "code": unique("code")}]),
    )[0];
    let search = ["search", "party.party", &by_id(id), "-f", "id,name"];

    let plain = [("NO_COLOR", "1")];
    let table = on_terminal(&session, 40, &plain, &search);
    let lines: Vec<&str> = table.lines().collect();
    // Borders, header and separator, and at most four lines for the cell.
    assert!(lines.len() <= 8, "{} lines:\n{table}", lines.len());
    assert!(table.contains('…'), "{table}");
    for line in &lines {
        assert!(
            line.chars().count() <= 40,
            "wider than the terminal: {line}"
        );
    }
    let vertical = on_terminal(
        &session,
        40,
        &plain,
        &[&search[..], &["-o", "vertical"]].concat(),
    );
    assert!(vertical.lines().count() <= 7, "{vertical}");
    assert!(vertical.contains('…'), "{vertical}");

    // Unknown width: cut all the same.
    let unknown = on_terminal(&session, 0, &plain, &search);
    assert!(unknown.lines().count() <= 8, "{unknown}");

    let csv = csv_rows(&session.run_ok(&[&search[..], &["-o", "csv"]].concat()));
    assert_eq!(csv[1][1], name);
    let json = session.run_json(&[&search[..], &["-o", "json"]].concat());
    assert_eq!(json[0]["name"], name.as_str());
}

#[test]
fn a_dumb_terminal_gets_no_colour() {
    let session = Home::shared();
    let args = ["search", "party.party", "--limit", "1", "-f", "id"];
    let coloured = on_terminal(&session, 80, &[("TERM", "xterm-256color")], &args);
    assert!(
        coloured.contains('\u{1b}'),
        "a colour terminal is styled: {coloured}"
    );
    let dumb = on_terminal(&session, 80, &[("TERM", "dumb")], &args);
    assert!(
        !dumb.contains('\u{1b}'),
        "escape codes on a dumb terminal: {dumb:?}"
    );
    assert!(dumb.contains("id"), "{dumb}");
}

/// Peak resident memory of the CLI (KiB) writing `format` to a file, and what it wrote.
///
/// Measured by a small Python parent (`RUSAGE_CHILDREN`), not by waiting here: a child spawned
/// from this big, busy test process inherits its memory high-water mark at `exec`, so its own
/// `ru_maxrss` would say more about the tests than about the CLI.
fn peak_memory_kib(session: &Home, args: &[&str], format: &str) -> (i64, String) {
    const MEASURE: &str = "import resource, subprocess, sys
code = subprocess.call(sys.argv[1:])
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)
sys.exit(code)";
    let out = tempfile::NamedTempFile::new().unwrap();
    let cli = session.cli_std();
    let mut python = std::process::Command::new("python3");
    for (key, value) in cli.get_envs() {
        match value {
            Some(value) => python.env(key, value),
            None => python.env_remove(key),
        };
    }
    let run = python
        .args(["-c", MEASURE])
        .arg(cli.get_program())
        .args(args)
        .args(["-o", format])
        .stdout(out.reopen().unwrap())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{format}: {stderr}");
    let kib = stderr.trim().lines().last().unwrap().parse().unwrap();
    (kib, std::fs::read_to_string(out.path()).unwrap())
}

#[test]
fn a_table_of_thousands_of_rows_takes_no_more_memory_than_a_thousand() {
    // A server of its own: 5 000 parties would show up in other tests' unfiltered searches.
    let server: &'static TrytonServer = Box::leak(Box::new(TrytonServer::start(&[])));
    let session = Home::logged_in(server);
    let tag = unique("mem");
    let parties: Vec<Value> = (0..5000)
        .map(|i| json!({"name": format!("{tag} {i:04} with a long name{}", " and more".repeat(40)), "code": format!("{tag}-{i}")}))
        .collect();
    // In pages: one request for all may outlast the harness's 30 s read timeout on a busy machine.
    for page in parties.chunks(1000) {
        server.rpc("model.party.party.create", json!([page, {}]));
    }
    let domain = json!([["name", "like", format!("{tag}%")]]).to_string();
    let args = [
        "search",
        "party.party",
        &domain,
        "-f",
        "id,name,rec_name,full_name,code,create_date,write_date,create_uid.rec_name",
        "--order",
        "name",
    ];
    let (ndjson_kib, ndjson) = peak_memory_kib(&session, &args, "ndjson");
    assert_eq!(ndjson.lines().count(), 5000);
    // The same page size (1 000) for both tables: only the number of rows differs.
    let (thousand_kib, _) = peak_memory_kib(
        &session,
        &[&args[..], &["--limit", "1000"]].concat(),
        "table",
    );
    let (table_kib, table) = peak_memory_kib(&session, &args, "table");
    eprintln!(
        "peak memory: ndjson {ndjson_kib} KiB; table of 1 000 rows {thousand_kib} KiB, of 5 000 rows {table_kib} KiB"
    );
    // Every row on a line of its own, whole; a header again only where values got wider
    // (ids and codes of 4 digits), so a handful of tables at most.
    let headers = table
        .lines()
        .filter(|l| l.contains("create_uid.rec_name"))
        .count();
    assert!((1..=5).contains(&headers), "{headers} headers");
    let rows = table
        .lines()
        .filter(|l| l.contains(&format!("{tag}-")))
        .count();
    assert_eq!(rows, 5000);
    assert_eq!(table.lines().count(), 5000 + 4 * headers);
    for i in [0, 999, 1000, 4999] {
        assert!(
            table.contains(&format!("{tag} {i:04} with a long name and")),
            "row {i}"
        );
    }
    // Memory stays near what NDJSON takes for the same records, and does not grow with the rows
    // (trytond's pages of 1 000 records are the same for both). A table that kept every row took
    // some 22 MB more for these 5 000 than for 1 000; the margins allow for a busy machine.
    assert!(
        table_kib <= ndjson_kib + 4 * 1024,
        "a table of 5 000 rows took {table_kib} KiB, NDJSON {ndjson_kib} KiB"
    );
    assert!(
        table_kib <= thousand_kib + 5 * 1024,
        "a table of 5 000 rows took {table_kib} KiB, of 1 000 rows {thousand_kib} KiB"
    );
}

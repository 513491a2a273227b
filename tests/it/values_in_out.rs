//! Values in and out against a real trytond (issue 23, items 2, 4, 6, 8, 9 and 10): plain values
//! typed by their field (booleans, UTC datetimes, nulls), relations by name in create/write,
//! --check refusing read-only columns, never-run cron jobs, and the completion of names.

use serde_json::{Value, json};

use crate::common::fixture::Home;
use crate::common::{assert_one_clean_line, unique};

/// A party, made inactive unless `active` (an inactive party cannot be created: its fields are
/// read-only), and its id.
fn party(home: &Home, tag: &str, active: bool) -> i64 {
    let ids = home.rpc(
        "model.party.party.create",
        json!([[{"name": tag, "code": unique("V")}], {}]),
    );
    if !active {
        home.rpc(
            "model.party.party.write",
            json!([ids.clone(), {"active": false}, {}]),
        );
    }
    ids[0].as_i64().unwrap()
}

fn is_rfc3339_utc(text: &str) -> bool {
    // 2026-11-30T08:00:00Z or with a fraction before the Z.
    let bytes = text.as_bytes();
    text.ends_with('Z')
        && text.len() >= 20
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes[10] == b'T'
        && bytes[13] == b':'
        && bytes[16] == b':'
}

#[test]
fn search_prints_booleans_as_true_and_false_and_jq_can_select_on_them() {
    let home = Home::shared();
    let tag = unique("bool");
    let on = party(&home, &format!("{tag} on"), true);
    party(&home, &format!("{tag} off"), false);
    let domain = format!("name like '{tag}%'");
    let args = [
        "search",
        "party.party",
        domain.as_str(),
        "-f",
        "id,name,active",
        "--context",
        r#"{"active_test": false}"#,
        "--order",
        "id",
        "-o",
        "json",
    ];
    let rows = home.run_json(&args);
    let actives: Vec<&Value> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|row| &row["active"])
        .collect();
    assert_eq!(actives, [&json!(true), &json!(false)], "{rows}");

    let selected =
        home.run_ok(&[&args[..], &["--jq", ".[] | select(.active == true) | .id"]].concat());
    assert_eq!(selected.trim(), on.to_string());

    let csv = home.run_ok(&[&args[..10], &["csv"]].concat());
    assert!(
        csv.contains(",true\r\n") && csv.contains(",false\r\n"),
        "{csv}"
    );

    let tagged = home.run_json(&[&args[..], &["--tagged"]].concat());
    let wire = home.rpc("model.party.party.read", json!([[on], ["active"], {}]));
    // SQLite sends the flag as 1: the plain output above typed it, --tagged keeps it.
    assert_eq!(wire[0]["active"], json!(1), "the test server is SQLite");
    assert_eq!(
        tagged[0]["active"], wire[0]["active"],
        "--tagged keeps the wire"
    );
}

#[test]
fn read_and_call_plain_type_booleans_and_datetimes_are_rfc3339_utc() {
    let home = Home::shared();
    let id = party(&home, &unique("dt"), true);
    let ids = id.to_string();
    let rows = home.run_json(&[
        "read",
        "party.party",
        &ids,
        "-f",
        "active,create_date",
        "-o",
        "json",
    ]);
    assert_eq!(rows[0]["active"], json!(true), "{rows}");
    let created = rows[0]["create_date"].as_str().unwrap();
    assert!(is_rfc3339_utc(created), "{created}");

    let params = format!("[[{id}], [\"active\", \"create_date\"]]");
    let called = home.run_json(&[
        "call",
        "party.party",
        "read",
        "--params",
        &params,
        "--plain",
    ]);
    assert_eq!(called[0]["active"], json!(true), "{called}");
    assert_eq!(called[0]["create_date"], json!(created));
    let wire = home.run_json(&["call", "party.party", "read", "--params", &params]);
    assert_eq!(
        wire[0]["active"],
        json!(1),
        "call keeps the wire by default"
    );

    // The server's clock is UTC: the datetime is within a minute of now, read as UTC.
    let seconds = |text: &str| -> i64 {
        let out = std::process::Command::new("date")
            .args(["-u", "-d", text, "+%s"])
            .output()
            .unwrap();
        String::from_utf8(out.stdout)
            .unwrap()
            .trim()
            .parse()
            .unwrap()
    };
    let now = seconds("now");
    assert!(
        (now - seconds(created)).abs() < 120,
        "{created} is not now in UTC"
    );
}

#[test]
fn export_json_has_booleans_nulls_and_utc_datetimes_and_csv_stays_importable() {
    let home = Home::shared();
    let tag = unique("exp");
    party(&home, &tag, true);
    let domain = format!("name = '{tag}'");
    let base = [
        "export",
        "party.party",
        domain.as_str(),
        "-f",
        "name,active,lang,create_date",
    ];
    let rows: Vec<Value> = home
        .run_ok(&[&base[..], &["-o", "ndjson"]].concat())
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["active"], json!(true), "{rows:?}");
    assert_eq!(
        rows[0]["lang"],
        Value::Null,
        "an empty value is null: {rows:?}"
    );
    assert!(is_rfc3339_utc(rows[0]["create_date"].as_str().unwrap()));
    let list = home.run_json(&[&base[..], &["-o", "json"]].concat());
    assert_eq!(list[0], rows[0]);

    let csv = home.run_ok(&base);
    let line = csv.lines().nth(1).unwrap();
    let cells: Vec<&str> = line.trim_end().split(',').collect();
    assert_eq!(cells[..3], [tag.as_str(), "true", ""], "{csv}");
    // import_data reads datetimes as %Y-%m-%d %H:%M:%S.
    assert!(
        cells[3].len() >= 19 && &cells[3][10..11] == " " && !cells[3].ends_with('Z'),
        "{csv}"
    );

    // What export writes for a boolean, import reads back.
    let file = tempfile::NamedTempFile::new().unwrap();
    let name2 = unique("imp");
    std::fs::write(file.path(), format!("name,active\r\n{name2},true\r\n")).unwrap();
    home.run_ok(&["import", "party.party", file.path().to_str().unwrap()]);
    let back = home.run_json(&[
        "search",
        "party.party",
        &format!("name = '{name2}'"),
        "-f",
        "active",
        "-o",
        "json",
    ]);
    assert_eq!(back[0]["active"], json!(true));
}

#[test]
fn export_refuses_header_labels_with_json_output() {
    let home = Home::shared();
    for format in ["json", "ndjson"] {
        let (code, line) = home.failure(&[
            "export",
            "party.party",
            "-f",
            "name",
            "--header",
            "labels",
            "-o",
            format,
        ]);
        assert_eq!(code, 3, "{line}");
        assert!(
            line.contains("--header labels") && line.contains("-o csv"),
            "{line}"
        );
    }
}

#[test]
fn import_check_refuses_read_only_columns_naming_the_column() {
    let home = Home::shared();
    let dir = tempfile::tempdir().unwrap();
    for (header, field) in [
        ("create_date", "create_date of party.party"),
        ("rec_name", "rec_name of party.party"),
        ("addresses/rec_name", "rec_name of party.address"),
    ] {
        let file = dir.path().join("parties.csv");
        std::fs::write(&file, format!("name,{header}\r\nx,y\r\n")).unwrap();
        let (code, line) =
            home.failure(&["import", "party.party", file.to_str().unwrap(), "--check"]);
        assert_eq!(code, 3, "{line}");
        assert!(
            line.contains(&format!("column 2 ('{header}'): {field} is read-only")),
            "{line}"
        );
    }
    // What the server does with such a column: a function field without a setter is refused by
    // 8.2 and 7.0; a read-only stored field by 8.2 only (7.0 has no check_modification and
    // imports the row), so --check holds 7.0 files to what 8.2 takes.
    let new_series = crate::common::server::series() != "7.0";
    for (header, value, refused, why) in [
        ("rec_name", "y", true, "Missing setter function"),
        (
            "create_date",
            "2026-01-02 10:00:00",
            new_series,
            "not allowed to modify",
        ),
    ] {
        let file = dir.path().join("parties.csv");
        std::fs::write(
            &file,
            format!("name,{header}\r\n{},{value}\r\n", unique("ro")),
        )
        .unwrap();
        let out = home
            .cli()
            .args(["import", "party.party", file.to_str().unwrap()])
            .output()
            .unwrap();
        let code = if refused { 1 } else { 0 };
        assert_eq!(out.status.code(), Some(code), "{header}: {out:?}");
        if refused {
            assert!(
                String::from_utf8_lossy(&out.stderr).contains(why),
                "{out:?}"
            );
        }
    }
}

#[test]
fn create_and_write_take_many2many_values_by_name() {
    let home = Home::shared();
    let (vip, gold) = (unique("VIP"), unique("Gold"));
    let categories = home.rpc(
        "model.party.category.create",
        json!([[{"name": vip}, {"name": gold}], {}]),
    );
    let name = unique("m2m");
    let values = json!({"name": name, "code": unique("C"), "categories": [vip]}).to_string();
    let create = |values: String| {
        home.cli()
            .args(["create", "party.party"])
            .write_stdin(format!("{values}\n"))
            .output()
            .unwrap()
    };
    let out = create(values);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let created = String::from_utf8(out.stdout).unwrap();
    let id: i64 = created.trim().parse().unwrap();
    let read = |id: i64| home.rpc("model.party.party.read", json!([[id], ["categories"], {}]));
    assert_eq!(
        read(id)[0]["categories"],
        json!([categories[0]]),
        "{created}"
    );

    // Names and ids mixed; the many2many gets them added.
    let values = json!({"categories": [gold, categories[0]]}).to_string();
    home.cli()
        .args(["write", "party.party", &id.to_string(), &values, "--yes"])
        .assert()
        .code(0);
    let mut got: Vec<i64> = read(id)[0]["categories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_i64().unwrap())
        .collect();
    got.sort();
    assert_eq!(
        got,
        [
            categories[0].as_i64().unwrap(),
            categories[1].as_i64().unwrap()
        ]
    );

    // An unknown name: exit 1, naming it and the model it was looked for in; nothing created.
    let missing = unique("nope");
    let other = unique("m2m");
    let values = json!({"name": other, "categories": [vip, missing]}).to_string();
    let out = create(values);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let line = assert_one_clean_line(&out.stderr);
    assert!(
        line.contains(&format!("no party.category is named '{missing}'")),
        "{line}"
    );
    assert_eq!(home.parties_named(&other), 0);
    // (Ambiguity cannot be set up on party.category: names are unique under a parent and a
    // child's rec_name is 'Parent / Child'; it is the same lookup as a many2one's.)
}

#[test]
fn a_never_run_cron_job_is_due_since_it_was_created_and_late_after_that() {
    // A server of its own: the late jobs here would make the shared server's cron unhealthy.
    let server = Box::leak(Box::new(crate::common::TrytonServer::start(&[])));
    let home = Home::logged_in(server);
    crate::common::fixture::schedule_cron_jobs(server);
    let ids = home.rpc(
        "model.ir.cron.create",
        json!([[{"method": "ir.error|clean", "interval_number": 1, "interval_type": "days"}], {}]),
    );
    let id = ids[0].clone();
    let job = home.rpc(
        "model.ir.cron.read",
        json!([ids, ["next_call", "create_date"], {}]),
    );
    assert_eq!(
        job[0]["next_call"],
        Value::Null,
        "a new job has not run: {job}"
    );

    // Listed with the time it is due since: its creation.
    let rows = home.run_json(&["cron", "-o", "json"]);
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["id"] == id)
        .unwrap()
        .clone();
    assert_eq!(row["next_call"], Value::Null, "{row}");
    assert!(is_rfc3339_utc(row["due_since"].as_str().unwrap()), "{row}");
    assert!(row["late_seconds"].as_i64().is_some(), "{row}");

    // Not late by a day; late by a second once a second has passed.
    home.cli()
        .args(["cron", "--check", "--late", "1d"])
        .assert()
        .code(0);
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let out = home
        .cli()
        .args(["cron", "--check", "--late", "1s"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 1, "only the new job is late: {text}");
    assert!(
        text.contains(&format!("ir.cron {id}")) && text.contains("never run, due since "),
        "{text}"
    );

    // health counts it by the same rule.
    let out = home
        .cli()
        .args(["health", "--late", "1s", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let reports: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(reports[0]["cron_late_jobs"], json!(1), "{reports}");
    assert_eq!(reports[0]["cron_never_run_jobs"], json!(1), "{reports}");
}

#[test]
fn wizard_data_for_a_state_it_never_showed_lists_the_states_it_did() {
    let home = Home::shared();
    let same = unique("Same");
    let ids = home.create_parties(&[&same, &same]);
    let data = json!({"ask": {"source": ids[0], "destination": ids[1]}, "confirm": {}});
    let out = home
        .cli()
        .args(["wizard", "party.replace", "--model", "party.party", "--ids"])
        .arg(ids[0].to_string())
        .args(["--data", &data.to_string(), "--state", "replace"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains(
            "no view of wizard party.replace was for --data's confirm; the states it showed: ask"
        ),
        "{said}"
    );
}

/// The many2many round trips the GUIDE documents, measured on each series.
#[test]
fn many2many_export_forms_and_what_imports_them_back() {
    let home = Home::shared();
    let eight = crate::common::server::series() != "7.0";
    let (a, b) = (unique("CatA"), unique("CatB"));
    let cats = home.rpc(
        "model.party.category.create",
        json!([[{"name": a}, {"name": b}], {}]),
    );
    let name = unique("rt");
    home.rpc(
        "model.party.party.create",
        json!([[{"name": name, "categories": [["add", cats]]}], {}]),
    );
    let domain = format!("name = '{name}'");
    let export = |field: &str| {
        home.run_ok(&[
            "export",
            "party.party",
            &domain,
            "-f",
            &format!("name,{field}"),
        ])
    };

    // -f categories: one cell with the names on 8.2; empty on 7.0.
    let csv = export("categories");
    eprintln!(
        "FACT {} export -f categories: {csv:?}",
        crate::common::server::series()
    );
    let cell = csv
        .lines()
        .nth(1)
        .unwrap()
        .trim_end()
        .split_once(',')
        .unwrap()
        .1
        .to_string();
    if eight {
        assert_eq!(cell, format!("\"{a},{b}\""), "{csv}");
    } else {
        assert_eq!(cell, "", "{csv}");
    }

    // That cell imports back by name (8.2's form).
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("back.csv");
    let again = unique("rt");
    std::fs::write(&file, format!("name,categories\r\n{again},\"{a},{b}\"\r\n")).unwrap();
    home.run_ok(&["import", "party.party", file.to_str().unwrap()]);
    let back = home.rpc(
        "model.party.party.search_read",
        json!([[["name", "=", again]], 0, null, null, ["categories"], {}]),
    );
    assert_eq!(back[0]["categories"].as_array().unwrap().len(), 2, "{back}");

    // -f categories/name: one continuation row per category; importing it creates new
    // categories, which the unique name refuses.
    let csv = export("categories/name");
    eprintln!("FACT export -f categories/name: {csv:?}");
    assert_eq!(csv.lines().count(), 3, "{csv}");
    let file = dir.path().join("sub.csv");
    std::fs::write(&file, csv.replace(&name, &unique("rt"))).unwrap();
    let out = home
        .cli()
        .args(["import", "party.party", file.to_str().unwrap()])
        .output()
        .unwrap();
    eprintln!(
        "FACT import categories/name: {:?} {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(1), "{out:?}");

    // -f rec_name exports; a rec_name column cannot be imported (no setter).
    let csv = export("rec_name");
    assert!(csv.contains(&name), "{csv}");
}

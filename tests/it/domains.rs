//! Short domains typed by their fields against a real trytond (8.2, and 7.0 LTS through
//! scripts/test): text for char fields whatever the value looks like, exact decimals, tagged
//! dates, relations by id or by name, dotted paths through relations, unknown fields refused
//! before the search, field types asked once per model; lists for `in` as the help writes them,
//! ids with spaces, and `--count` with `--offset` and `-o json`.

use serde_json::{Value, json};

use crate::common::Home;

/// `search MODEL DOMAIN... -o json`, the values of `field` in the rows, in id order.
fn column(home: &Home, model: &str, domain: &[&str], field: &str) -> Vec<Value> {
    let args = [
        &["search", model][..],
        domain,
        &["-f", field, "--order", "id", "-o", "json"],
    ]
    .concat();
    let rows = home.run_json(&args);
    rows.as_array()
        .unwrap()
        .iter()
        .map(|row| row[field].clone())
        .collect()
}

/// Create parties (name, code) and return their ids.
fn parties(home: &Home, parties: &[(&str, &str)]) -> Vec<i64> {
    let records: Vec<Value> = parties
        .iter()
        .map(|(name, code)| json!({"name": name, "code": code}))
        .collect();
    let ids = home.rpc("model.party.party.create", json!([records, {}]));
    ids.as_array()
        .unwrap()
        .iter()
        .map(|id| id.as_i64().unwrap())
        .collect()
}

/// Digits that no other test uses as a party code or name.
fn unique_digits() -> String {
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!("7{}{n}{nanos}", std::process::id())
}

#[test]
fn a_text_field_gets_text_whatever_the_value_looks_like() {
    let home = Home::shared();
    let digits = unique_digits();
    let name_digits = unique_digits();
    let ids = parties(
        &home,
        &[
            ("Typed 1e3", "1e3"),
            ("Typed true", "true"),
            ("Typed digits", &digits),
            (&name_digits, &format!("N{name_digits}")),
        ],
    );
    // Each of these went out as a number or a boolean before, which trytond's char fields
    // refuse ("'int' object has no attribute 'strip'").
    for (domain, id) in [
        (&["code", "=", "1e3"][..], ids[0]),
        (&["code = true"], ids[1]),
        (&["code", "=", &digits], ids[2]),
        (&["name", "=", &name_digits], ids[3]),
    ] {
        assert_eq!(
            column(&home, "party.party", domain, "id"),
            vec![json!(id)],
            "{domain:?}"
        );
    }
    // A list for `in` is typed item by item.
    assert_eq!(
        column(
            &home,
            "party.party",
            &[&format!("code in (1e3, {digits})")],
            "id"
        ),
        vec![json!(ids[0]), json!(ids[2])]
    );
}

#[test]
fn decimals_and_dates_go_out_tagged_and_exact() {
    let home = Home::shared();
    // A currency of our own, with a three-letter code no other test uses.
    let letter = |n: u32| char::from(b'A' + (n % 26) as u8);
    let pid = std::process::id();
    let code = format!("Z{}{}", letter(pid / 7), letter(pid / 3));
    let currency = home.run_json(&[
        "call",
        "currency.currency",
        "create",
        &json!([{"name": format!("Typed {code}"), "code": code, "symbol": "¤",
            "rounding": {"__class__": "Decimal", "decimal": "0.01"}, "digits": 2}])
        .to_string(),
    ])[0]
        .as_i64()
        .unwrap();
    let rates = home.run_json(&[
        "call",
        "currency.currency.rate",
        "create",
        &json!([
            {"currency": currency, "rate": {"__class__": "Decimal", "decimal": "4321.098765"},
             "date": {"__class__": "date", "year": 2026, "month": 10, "day": 5}},
            {"currency": currency, "rate": {"__class__": "Decimal", "decimal": "0.100000"},
             "date": {"__class__": "date", "year": 2026, "month": 10, "day": 6}},
        ])
        .to_string(),
    ]);
    let first = rates[0].clone();
    let currency_clause = format!("currency = {currency}");
    for (domain, expected) in [
        ("rate = 4321.098765", vec![first.clone()]),
        ("rate >= 0.10", vec![first.clone(), rates[1].clone()]),
        ("rate < 0.1000001", vec![rates[1].clone()]),
        ("date = 2026-10-05", vec![first.clone()]),
        ("date > 2026-10-05", vec![rates[1].clone()]),
    ] {
        let args = [
            "search",
            "currency.currency.rate",
            &currency_clause,
            domain,
            "-f",
            "id",
            "--order",
            "id",
            "-o",
            "json",
        ];
        let rows = home.run_json(&args);
        let ids: Vec<Value> = rows
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].clone())
            .collect();
        assert_eq!(ids, expected, "{domain}");
    }
    // On the wire: the decimal from its exact text, the date tagged, never a float or a string.
    let out = home
        .cli()
        .args([
            "-vv",
            "search",
            "currency.currency.rate",
            "rate = 4321.098765 and date = 2026-10-05",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    let trace = String::from_utf8_lossy(&out.stderr);
    assert!(
        trace.contains(
            r#"[["rate","=",{"__class__":"Decimal","decimal":"4321.098765"}],["date","=",{"__class__":"date","year":2026,"month":10,"day":5}]]"#
        ),
        "{trace}"
    );
}

#[test]
fn booleans_and_datetimes_match_what_their_json_form_matches() {
    let home = Home::shared();
    let digits = unique_digits();
    let ids = parties(
        &home,
        &[
            ("Typed active", &format!("A{digits}")),
            ("Typed inactive", &format!("I{digits}")),
        ],
    );
    home.run_ok(&[
        "call",
        "party.party",
        "write",
        &json!([ids[1]]).to_string(),
        r#"{"active": false}"#,
    ]);
    let mine = format!("code in (A{digits}, I{digits})");
    for (word, id) in [
        ("no", ids[1]),
        ("0", ids[1]),
        ("yes", ids[0]),
        ("true", ids[0]),
    ] {
        assert_eq!(
            column(
                &home,
                "party.party",
                &[&mine, &format!("active = {word}")],
                "id"
            ),
            vec![json!(id)],
            "active = {word}"
        );
    }
    // Datetimes: a date alone is its midnight, a space or a T separates the time, UTC unless an
    // offset says otherwise.
    let count = |domain: &str| -> i64 {
        home.run_ok(&["search", "party.party", &mine, domain, "--count"])
            .trim()
            .parse()
            .unwrap()
    };
    assert_eq!(count("create_date > 2000-01-01"), 1);
    assert_eq!(count("create_date > '2000-01-01 10:00:00'"), 1);
    assert_eq!(count("create_date < 2000-01-01T10:00:00+02:00"), 0);
    let (code, line) = home.failure(&["search", "party.party", "create_date > yesterday"]);
    assert_eq!(code, 3, "{line}");
    assert!(line.contains("is not a datetime"), "{line}");
}

#[test]
fn a_relation_takes_an_id_or_a_name_and_dotted_paths_follow_it() {
    let home = Home::shared();
    let digits = unique_digits();
    let (name, city) = (format!("Typed Rel {digits}"), format!("City{digits}"));
    let other = format!("Typed Other {digits}");
    let party = home.run_json(&[
        "call",
        "party.party",
        "create",
        &json!([
            {"name": name, "code": format!("R{digits}"),
             "addresses": [["create", [{"city": city}]]]},
            {"name": other, "code": format!("O{digits}"),
             "addresses": [["create", [{"city": "Elsewhere"}]]]},
        ])
        .to_string(),
    ]);
    let (party, other_party) = (party[0].as_i64().unwrap(), party[1].as_i64().unwrap());
    let address_of = |domain: &[&str]| column(&home, "party.address", domain, "party");
    // A name is matched on the related record's rec_name; a number is an id.
    assert_eq!(address_of(&["party", "=", &name]), vec![json!(party)]);
    assert_eq!(
        address_of(&[&format!("party = {party}")]),
        vec![json!(party)]
    );
    assert_eq!(address_of(&["party.name", "=", &name]), vec![json!(party)]);
    assert_eq!(
        address_of(&[&format!("party in ('{name}', '{other}')")]),
        vec![json!(party), json!(other_party)]
    );
    assert_eq!(
        address_of(&[&format!("party in ({party}, {other_party})")]),
        vec![json!(party), json!(other_party)]
    );
    // And the other way, through a one2many.
    assert_eq!(
        column(&home, "party.party", &["addresses.city", "=", &city], "id"),
        vec![json!(party)]
    );
}

#[test]
fn an_unknown_field_is_refused_before_the_search() {
    let home = Home::shared();
    let server = home.server();
    let searches = server.calls_of("ir.lang.search_read");
    for (domain, expected) in [
        (
            "nmae = x",
            "unknown field 'nmae' on ir.lang (did you mean 'name'?)",
        ),
        (
            "name.x = 1",
            "'name.x': name is a char field of ir.lang, not a relation",
        ),
        (
            "id = abc",
            "'id = abc': id is a number field, and 'abc' is not a number",
        ),
    ] {
        let (code, line) = home.failure(&["search", "ir.lang", domain]);
        assert_eq!(code, 3, "{domain}: {line}");
        assert!(line.contains(expected), "{domain}: {line}");
    }
    let (code, line) = home.failure(&["search", "party.party", "addresses.cty = Paris"]);
    assert_eq!(code, 3, "{line}");
    assert!(
        line.contains("unknown field 'cty' on party.address (did you mean 'city'?)"),
        "{line}"
    );
    assert_eq!(
        server.calls_of("ir.lang.search_read"),
        searches,
        "nothing was searched"
    );
}

#[test]
fn field_types_cost_one_request_per_model_while_cached_and_json_none() {
    let home = Home::shared();
    let server = home.server();
    let asked = || server.calls_of("country.country.fields_get");
    let before = asked();
    // A JSON domain is sent as written: no field types asked.
    home.run_ok(&["search", "country.country", r#"[["code", "=", "FR"]]"#]);
    assert_eq!(asked(), before);
    home.run_ok(&["search", "country.country", "code = FR"]);
    assert_eq!(asked(), before + 1);
    home.run_ok(&["search", "country.country", "code = DE or name = x"]);
    home.run_ok(&["search", "country.country", "--count", "id > 3"]);
    assert_eq!(asked(), before + 1, "the cached field types answer");
    // Kept as a private file, like the read cache.
    let cache = home.path().join("cache/tryton-cli");
    let files: Vec<_> = std::fs::read_dir(&cache)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_name().to_string_lossy().starts_with("fields-"))
        .collect();
    assert_eq!(files.len(), 1);
    let mode = std::os::unix::fs::PermissionsExt::mode(&files[0].metadata().unwrap().permissions());
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn lists_for_in_are_written_as_the_help_says() {
    let home = Home::shared();
    let digits = unique_digits();
    let names = [
        format!("List a {digits}"),
        format!("List b {digits}"),
        format!("List c {digits}"),
    ];
    let ids = parties(
        &home,
        &[
            (&names[0], &format!("La{digits}")),
            (&names[1], &format!("Lb{digits}")),
            (&names[2], &format!("Lc{digits}")),
        ],
    );
    let expected: Vec<Value> = ids.iter().map(|id| json!(id)).collect();
    let list = format!("{}, {}, {}", ids[0], ids[1], ids[2]);
    let compact = list.replace(' ', "");
    for domain in [
        vec![format!("id in ({compact})")],
        vec![format!("id in ({list})")],
        vec!["id".into(), "in".into(), format!("({list})")],
        vec!["id".into(), "in".into(), format!("[{list}]")],
        vec!["id".into(), "in".into(), compact.clone()],
        vec![format!(
            "name in ('{}', '{}', '{}')",
            names[0], names[1], names[2]
        )],
    ] {
        let words: Vec<&str> = domain.iter().map(String::as_str).collect();
        assert_eq!(
            column(&home, "party.party", &words, "id"),
            expected,
            "{domain:?}"
        );
    }
    assert_eq!(
        column(
            &home,
            "party.party",
            &[
                &format!("id not in ({list})"),
                &format!("name like %{digits}")
            ],
            "id"
        ),
        Vec::<Value>::new()
    );
    // read takes the ids with spaces too.
    let read = home.run_json(&["read", "party.party", &list, "-f", "id,name", "-o", "json"]);
    let read_ids: Vec<Value> = read
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].clone())
        .collect();
    assert_eq!(read_ids, expected);
}

#[test]
fn count_applies_the_offset_and_speaks_json_when_asked() {
    let home = Home::shared();
    let digits = unique_digits();
    parties(
        &home,
        &[
            (&format!("Count a {digits}"), &format!("Ca{digits}")),
            (&format!("Count b {digits}"), &format!("Cb{digits}")),
            (&format!("Count c {digits}"), &format!("Cc{digits}")),
        ],
    );
    let domain = format!("name like 'Count % {digits}'");
    let count = |extra: &[&str]| {
        home.run_ok(&[&["search", "party.party", &domain, "--count"][..], extra].concat())
    };
    assert_eq!(count(&[]), "3\n");
    assert_eq!(count(&["--offset", "1"]), "2\n");
    assert_eq!(count(&["--offset", "5"]), "0\n");
    let object: Value = serde_json::from_str(&count(&["-o", "json"])).unwrap();
    assert_eq!(object, json!({"count": 3}));
    let object: Value = serde_json::from_str(&count(&["-o", "ndjson", "--offset", "2"])).unwrap();
    assert_eq!(object, json!({"count": 1}));
    assert_eq!(count(&["-o", "csv"]), "count\r\n3\r\n");
}

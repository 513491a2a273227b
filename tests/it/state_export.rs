//! `state export` writes a file that plans to no change; `diff` and `sync` compare and align two
//! databases given as profiles.

use serde_json::{Value, json};

use crate::common::fixture::count;
use crate::common::server::{ADMIN, DATABASE, admin_password};
use crate::common::{Home, TrytonServer, unique};

fn ids(answer: Value) -> Vec<i64> {
    answer
        .as_array()
        .unwrap()
        .iter()
        .map(|id| id.as_i64().unwrap())
        .collect()
}

/// `plan FILE --detailed-exitcode` of what `state export ARGS` wrote: 0 means no change.
fn plan_of_export(home: &Home, args: &[&str]) -> (String, String) {
    let exported = home.run_ok(args);
    let path = home.path().join("exported.yaml");
    std::fs::write(&path, &exported).unwrap();
    let out = home
        .cli()
        .args(["plan", path.to_str().unwrap(), "--detailed-exitcode"])
        .output()
        .unwrap();
    let plan = String::from_utf8_lossy(&out.stdout).to_string();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{plan}{}\n--- exported:\n{exported}",
        String::from_utf8_lossy(&out.stderr)
    );
    (exported, plan)
}

#[test]
fn exported_categories_and_parties_with_addresses_plan_to_no_change() {
    let home = Home::shared();
    let tag = unique("SE");
    let server = home.server();
    let top = ids(server.rpc(
        "model.party.category.create",
        json!([[{"name": format!("{tag} top")}], {}]),
    ))[0];
    let under = ids(server.rpc(
        "model.party.category.create",
        json!([[{"name": format!("{tag} under"), "parent": top}], {}]),
    ))[0];
    let parties = ids(server.rpc(
        "model.party.party.create",
        json!([[
            {"name": format!("{tag} Acme"), "code": unique("C"),
             "categories": [["add", [top, under]]],
             "addresses": [["create", [
                 {"street": "1 Main Street", "city": "Paris"},
                 {"street": "2 Side: Street", "city": "yes"}
             ]]]},
            {"name": format!("{tag} Gone"), "code": unique("C")}
        ], {}]),
    ));
    server.rpc(
        "model.party.party.write",
        json!([[parties[1]], {"active": false}, {}]),
    );
    let like = format!("name like '{tag}%'");

    let (exported, plan) = plan_of_export(
        &home,
        &["state", "export", "party.category", "--where", &like],
    );
    assert!(plan.contains("No changes"), "{plan}");
    // The child names its parent by the parent's key, after it.
    let top_at = exported
        .find(&format!("- name: {tag} top"))
        .expect(&exported);
    let under_at = exported
        .find(&format!("- name: {tag} under"))
        .expect(&exported);
    assert!(top_at < under_at, "{exported}");
    assert!(
        exported.contains(&format!("parent: {tag} top")),
        "{exported}"
    );

    let (exported, _) = plan_of_export(
        &home,
        &[
            "state",
            "export",
            "party.party",
            "--where",
            &like,
            "--children",
            "addresses",
        ],
    );
    assert!(exported.contains("city: \"yes\""), "{exported}");
    assert!(
        exported.contains("street: \"2 Side: Street\""),
        "{exported}"
    );
    assert!(
        exported.contains("active: false"),
        "the inactive party is exported: {exported}"
    );
    assert!(
        exported.contains(&format!("parent: {tag} top")),
        "the many2many names the nested category by its key: {exported}"
    );

    // JSON plans the same.
    let json_text = home.run_ok(&["state", "export", "party.party", "--where", &like, "--json"]);
    let path = home.path().join("exported.json");
    std::fs::write(&path, json_text).unwrap();
    home.cli()
        .args(["plan", path.to_str().unwrap(), "--detailed-exitcode"])
        .assert()
        .code(0);
}

#[test]
fn state_export_refuses_a_read_only_field_and_an_unknown_model_with_one_line() {
    let home = Home::shared();
    let (code, line) = home.failure(&["state", "export", "party.party", "-f", "full_name"]);
    assert_eq!(code, 3, "{line}");
    assert!(
        line.contains("party.party.full_name is read-only"),
        "{line}"
    );
    let (code, line) = home.failure(&["state", "export", "party.nope"]);
    assert_eq!(code, 3, "{line}");
    assert!(line.contains("party.nope is not a model"), "{line}");
}

/// A home whose config file has profiles `a` and `b` for the two servers (password files, file
/// store: every run logs in or finds its session with nobody at the keyboard).
fn two_profiles(a: &TrytonServer, b: &TrytonServer) -> Home<'static> {
    let home = Home::new();
    let password = home.path().join("password");
    std::fs::write(&password, format!("{}\n", admin_password())).unwrap();
    let private = <std::fs::Permissions as std::os::unix::fs::PermissionsExt>::from_mode(0o600);
    std::fs::set_permissions(&password, private).unwrap();
    let dir = home.path().join("config/tryton-cli");
    std::fs::create_dir_all(&dir).unwrap();
    let mut text = String::new();
    for (name, server) in [("a", a), ("b", b)] {
        text.push_str(&format!(
            "[profiles.{name}]\nurl = \"{}\"\ndatabase = \"{DATABASE}\"\nuser = \"{ADMIN}\"\nsession_store = \"file\"\npassword_file = \"{}\"\n\n",
            server.url,
            password.display()
        ));
    }
    std::fs::write(dir.join("config.toml"), text).unwrap();
    home
}

#[test]
fn diff_shows_the_party_only_on_from_and_sync_creates_it_only_with_yes() {
    let a = TrytonServer::start(&[]);
    let b = TrytonServer::start(&[]);
    let shared = [
        json!({"name": "Shared One", "code": "S1"}),
        json!({"name": "Shared Two", "code": "S2"}),
    ];
    for server in [&a, &b] {
        server.rpc("model.party.party.create", json!([shared, {}]));
    }
    a.rpc(
        "model.party.party.create",
        json!([[{"name": "Only On A", "code": "A1"}], {}]),
    );
    let home = two_profiles(&a, &b);

    let out = home
        .cli()
        .args(["diff", "--from", "a", "--to", "b", "party.party"])
        .output()
        .unwrap();
    let plan = String::from_utf8_lossy(&out.stdout).to_string();
    assert_eq!(
        out.status.code(),
        Some(5),
        "{plan}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let changes: Vec<&str> = plan
        .lines()
        .filter(|line| line.starts_with(['+', '~', '-']))
        .collect();
    assert_eq!(changes, ["+ party.party name=\"Only On A\""], "{plan}");

    let out = home
        .cli()
        .args(["sync", "--from", "a", "--to", "b", "party.party"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("pass --yes"), "{stderr}");
    assert_eq!(
        count(&b, "party.party", json!([["name", "=", "Only On A"]])),
        0
    );

    let out = home
        .cli()
        .args(["sync", "--from", "a", "--to", "b", "party.party", "--yes"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        stdout.trim(),
        "Apply complete: 1 created, 0 changed, 0 deleted.",
        "{stdout}"
    );
    assert_eq!(
        count(&b, "party.party", json!([["name", "=", "Only On A"]])),
        1
    );

    let out = home
        .cli()
        .args([
            "diff",
            "--from",
            "a",
            "--to",
            "b",
            "party.party",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    // A party only on --to is one to delete (the export covers the whole model).
    b.rpc(
        "model.party.party.create",
        json!([[{"name": "Only On B", "code": "B1"}], {}]),
    );
    let out = home
        .cli()
        .args(["diff", "--from", "a", "--to", "b", "party.party"])
        .output()
        .unwrap();
    let plan = String::from_utf8_lossy(&out.stdout).to_string();
    assert_eq!(out.status.code(), Some(5), "{plan}");
    assert!(
        plan.lines()
            .any(|l| l.starts_with("- party.party") && l.contains("Only On B")),
        "{plan}"
    );
}

#[test]
fn diff_refuses_the_same_profile_twice_before_connecting() {
    let home = Home::new();
    let (code, line) = home.failure(&["diff", "--from", "a", "--to", "a", "party.party"]);
    assert_eq!(code, 3, "{line}");
    assert!(line.contains("both name the profile 'a'"), "{line}");
}

/// `diff`/`sync ARGS` of `home`: exit code, stdout, stderr.
fn compare(home: &Home, args: &[&str]) -> (i32, String, String) {
    let out = home.cli().args(args).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).to_string(),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

/// The `+`, `~` and `-` lines of a plan shown as text.
fn changes(plan: &str) -> Vec<&str> {
    plan.lines()
        .filter(|line| line.starts_with(['+', '~', '-']))
        .collect()
}

/// A file of `home` whose one `party.category` block is keyed by name and parent and whose item
/// declares only those two fields (its values do not matter: --from's records are compared),
/// with the block's `prune` line when given.
fn category_file(home: &Home, name: &str, tag: &str, prune: Option<&str>) -> String {
    let prune = prune
        .map(|domain| format!("    prune: {{domain: {domain}}}\n"))
        .unwrap_or_default();
    let text = format!(
        "version: 1\nrecords:\n  - model: party.category\n    key: [name, parent]\n{prune}    items:\n      - name: {tag} top\n        parent: ~\n"
    );
    let path = home.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

/// Two servers sharing `<tag> top` and `<tag> under` (under top), with `<tag> only A` (under
/// top) on A, and on B `<tag> only B` (inside `name like '<tag>%'`) and `Outside <tag>` (not).
/// B's records are created first, so that the same category has another id on each side.
fn categories_on_two_servers(tag: &str) -> (TrytonServer, TrytonServer) {
    let a = TrytonServer::start(&[]);
    let b = TrytonServer::start(&[]);
    b.rpc(
        "model.party.category.create",
        json!([[{"name": format!("{tag} only B")}, {"name": format!("Outside {tag}")}], {}]),
    );
    for server in [&a, &b] {
        let top = ids(server.rpc(
            "model.party.category.create",
            json!([[{"name": format!("{tag} top")}], {}]),
        ))[0];
        server.rpc(
            "model.party.category.create",
            json!([[{"name": format!("{tag} under"), "parent": top}], {}]),
        );
    }
    let top = ids(a.rpc(
        "model.party.category.search",
        json!([[["name", "=", format!("{tag} top")]], 0, null, null, {}]),
    ))[0];
    a.rpc(
        "model.party.category.create",
        json!([[{"name": format!("{tag} only A"), "parent": top}], {}]),
    );
    (a, b)
}

#[test]
fn diff_with_a_file_adds_what_only_from_has_and_deletes_only_inside_the_block_prune_domain() {
    let tag = unique("DF");
    let (a, b) = categories_on_two_servers(&tag);
    let home = two_profiles(&a, &b);

    // Without prune, the records only on --to are left alone.
    let file = category_file(&home, "categories.yaml", &tag, None);
    let (code, plan, stderr) = compare(&home, &["diff", "--from", "a", "--to", "b", &file]);
    assert_eq!(code, 5, "{plan}{stderr}");
    let shown = changes(&plan);
    assert_eq!(shown.len(), 1, "{plan}");
    assert!(
        shown[0].starts_with("+ party.category") && shown[0].contains(&format!("{tag} only A")),
        "{plan}"
    );
    assert!(
        plan.contains(&format!("parent: \"{tag} top\"")),
        "the new category's parent is named by its key: {plan}"
    );

    // With the block's prune domain, B's extra inside it is one to delete; `Outside …` is not.
    let prune = format!("[[\"name\", \"like\", \"{tag}%\"]]");
    let file = category_file(&home, "pruned.yaml", &tag, Some(&prune));
    let (code, plan, stderr) = compare(&home, &["diff", "--from", "a", "--to", "b", &file]);
    assert_eq!(code, 5, "{plan}{stderr}");
    let shown = changes(&plan);
    assert_eq!(shown.len(), 2, "{plan}");
    assert!(
        shown
            .iter()
            .any(|l| l.starts_with("+ party.category") && l.contains(&format!("{tag} only A"))),
        "{plan}"
    );
    assert!(
        shown
            .iter()
            .any(|l| l.starts_with("- party.category") && l.contains(&format!("{tag} only B"))),
        "{plan}"
    );
    assert!(!plan.contains("Outside"), "{plan}");

    // The prune domain in the short text form means the same.
    let prune = format!("\"name like '{tag}%'\"");
    let file = category_file(&home, "pruned-text.yaml", &tag, Some(&prune));
    let (code, text_plan, stderr) = compare(&home, &["diff", "--from", "a", "--to", "b", &file]);
    assert_eq!(code, 5, "{text_plan}{stderr}");
    assert_eq!(changes(&text_plan), shown, "{text_plan}");
}

#[test]
fn diff_with_a_file_compares_only_the_fields_the_file_declares() {
    let a = TrytonServer::start(&[]);
    let b = TrytonServer::start(&[]);
    let tag = unique("DF");
    let name = format!("{tag} Acme");
    a.rpc(
        "model.party.party.create",
        json!([[{"name": name, "code": "A-1"}], {}]),
    );
    b.rpc(
        "model.party.party.create",
        json!([[{"name": name, "code": "B-1"}], {}]),
    );
    let home = two_profiles(&a, &b);
    let path = home.path().join("names.yaml");
    std::fs::write(
        &path,
        "version: 1\nrecords:\n  - model: party.party\n    items:\n      - name: Whoever\n",
    )
    .unwrap();
    let (code, plan, stderr) = compare(
        &home,
        &["diff", "--from", "a", "--to", "b", path.to_str().unwrap()],
    );
    assert_eq!(
        code, 0,
        "the code differs but is not declared: {plan}{stderr}"
    );
    assert!(plan.contains("No changes"), "{plan}");

    // Declared, the same difference is one change.
    let path = home.path().join("codes.yaml");
    std::fs::write(
        &path,
        "version: 1\nrecords:\n  - model: party.party\n    items:\n      - name: Whoever\n        code: X\n",
    )
    .unwrap();
    let (code, plan, stderr) = compare(
        &home,
        &["diff", "--from", "a", "--to", "b", path.to_str().unwrap()],
    );
    assert_eq!(code, 5, "{plan}{stderr}");
    let shown = changes(&plan);
    assert_eq!(shown.len(), 1, "{plan}");
    assert!(
        shown[0].starts_with("~ party.party") && shown[0].contains(&name),
        "{plan}"
    );
    assert!(plan.contains("code: \"B-1\" -> \"A-1\""), "{plan}");
}

#[test]
fn sync_with_a_file_aligns_to_and_keeps_its_records_outside_the_prune_domain() {
    let tag = unique("DF");
    let (a, b) = categories_on_two_servers(&tag);
    let home = two_profiles(&a, &b);
    let prune = format!("[[\"name\", \"like\", \"{tag}%\"]]");
    let file = category_file(&home, "pruned.yaml", &tag, Some(&prune));

    let (code, stdout, stderr) =
        compare(&home, &["sync", "--from", "a", "--to", "b", &file, "--yes"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert_eq!(
        stdout.trim(),
        "Apply complete: 1 created, 0 changed, 1 deleted.",
        "{stdout}"
    );
    let (code, plan, stderr) = compare(&home, &["diff", "--from", "a", "--to", "b", &file]);
    assert_eq!(code, 0, "{plan}{stderr}");

    let named = |name: String| json!([["name", "=", name]]);
    assert_eq!(
        count(&b, "party.category", named(format!("Outside {tag}"))),
        1,
        "outside the prune domain, kept"
    );
    assert_eq!(
        count(&b, "party.category", named(format!("{tag} only B"))),
        0
    );
    let top = ids(b.rpc(
        "model.party.category.search",
        json!([[["name", "=", format!("{tag} top")]], 0, null, null, {}]),
    ));
    assert_eq!(
        count(
            &b,
            "party.category",
            json!([
                ["name", "=", format!("{tag} only A")],
                ["parent", "=", top[0]]
            ])
        ),
        1,
        "created under B's own top"
    );
}

//! What values look like on the way out (issue 23, items 2 and 3) against a real trytond: jq's
//! format strings on records.

use serde_json::json;

use crate::common::{assert_one_clean_line, cli, logged_in, shared_server, unique};

#[test]
fn jq_format_strings_print_csv_and_tsv_of_records() {
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("fmt");
    let ids = server.rpc(
        "model.party.party.create",
        json!([[{"name": format!("{tag} \"Q\", Ltd"), "code": unique("F")}], {}]),
    );
    let id = ids[0].as_i64().unwrap();
    let search = |program: &str| {
        cli(home.path())
            .args([
                "search",
                "party.party",
                &format!("name like '{tag}%'"),
                "-f",
                "id,name",
            ])
            .args(["--jq", program])
            .output()
            .unwrap()
    };
    let out = search("[.id, .name] | @csv");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!("{id},\"{tag} \"\"Q\"\", Ltd\"\n")
    );
    let out = search("[.id, .name] | @tsv");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!("{id}\t{tag} \"Q\", Ltd\n")
    );
    let out = search("error(\"no such thing\")");
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert_eq!(err.trim(), "tryton-cli: --jq: no such thing");
    let out = search("\"stopped\\n\" | halt_error");
    assert_eq!(out.status.code(), Some(3), "halt_error is exit 3: {out:?}");
}

//! Files from and for spreadsheets (issue 23, item 1) against a real trytond: `;` between
//! columns, Latin-1/Windows-1252 text, CRLF line ends, formulas neutralised on export.

use serde_json::json;

use crate::common::{TrytonServer, assert_one_clean_line, logged_in, shared_server, unique};

fn names_like(server: &TrytonServer, tag: &str) -> Vec<String> {
    let rows = server.rpc(
        "model.party.party.search_read",
        json!([
            [["name", "like", format!("{tag}%")]],
            0,
            null,
            [["name", "ASC"]],
            ["name"],
            {}
        ]),
    );
    rows.as_array()
        .unwrap()
        .iter()
        .map(|row| row["name"].as_str().unwrap().to_string())
        .collect()
}

/// What a spreadsheet set to French saves as "CSV": `;` between columns, Windows-1252, CRLF.
fn latin1_semicolon_file(tag: &str) -> Vec<u8> {
    let text = format!(
        "name;code\r\n{tag} Caf\u{e9};{tag}-1\r\n{tag} M\u{fc}ller;{tag}-2\r\n\"{tag} A; B\";{tag}-3\r\n"
    );
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable);
    bytes.into_owned()
}

#[test]
fn a_semicolon_latin1_file_from_a_spreadsheet_imports_with_its_two_options() {
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("sheet");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("parties.csv");
    std::fs::write(&file, latin1_semicolon_file(&tag)).unwrap();

    let out = home
        .cli()
        .args(["import", "party.party"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("the header is one column holding ';'") && err.contains("--delimiter ';'"),
        "{err}"
    );

    let out = home
        .cli()
        .args(["import", "party.party", "--delimiter", ";"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("parties.csv line 2 is not UTF-8 text") && err.contains("--encoding"),
        "{err}"
    );
    assert!(names_like(server, &tag).is_empty(), "nothing was sent");

    let out = home
        .cli()
        .args([
            "import",
            "party.party",
            "--delimiter",
            ";",
            "--encoding",
            "latin1",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        names_like(server, &tag),
        [
            format!("{tag} A; B"),
            format!("{tag} Caf\u{e9}"),
            format!("{tag} M\u{fc}ller")
        ]
    );
}

#[test]
fn export_writes_what_a_spreadsheet_reads_and_the_file_imports_back() {
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("out");
    let names = [format!("{tag} Caf\u{e9}"), format!("{tag} =1+1")];
    server.rpc(
        "model.party.party.create",
        json!([[{"name": names[0], "code": unique("S")}, {"name": names[1], "code": unique("S")}], {}]),
    );
    let domain = format!("name like '{tag}%'");
    let export = |extra: &[&str]| {
        home.cli()
            .args([
                "export",
                "party.party",
                &domain,
                "-f",
                "name",
                "--order",
                "name",
            ])
            .args(extra)
            .output()
            .unwrap()
    };
    let out = export(&[
        "--delimiter",
        ";",
        "--encoding",
        "windows-1252",
        "--csv-safe",
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let expected = format!("name\r\n{tag} =1+1\r\n{tag} Caf\u{e9}\r\n");
    let (expected, _, _) = encoding_rs::WINDOWS_1252.encode(&expected);
    assert_eq!(
        out.stdout,
        expected.as_ref(),
        "the name does not start with ="
    );

    // A cell that starts with = is neutralised.
    let out = home
        .cli()
        .args([
            "export",
            "party.party",
            &domain,
            "-f",
            "code,name",
            "--csv-safe",
        ])
        .args(["--header", "none", "--order", "name"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains(",="), "{text}");

    let out = export(&["--delimiter", "tab", "--encoding", "latin1"]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("back.csv");
    std::fs::write(&file, &out.stdout).unwrap();
    let fresh = TrytonServer::start(&[]);
    let fresh_home = logged_in(&fresh);
    let out = fresh_home
        .cli()
        .args([
            "import",
            "party.party",
            "--delimiter",
            "tab",
            "--encoding",
            "latin1",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let mut sorted = names.to_vec();
    sorted.sort();
    assert_eq!(names_like(&fresh, &tag), sorted);

    let out = export(&["-o", "ndjson", "--encoding", "latin1"]);
    assert_eq!(out.status.code(), Some(3), "{out:?}");
}

#[test]
fn a_character_the_encoding_lacks_is_an_error_naming_it() {
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("omega");
    server.rpc(
        "model.party.party.create",
        json!([[{"name": format!("{tag} \u{3a9}"), "code": unique("S")}], {}]),
    );
    let out = home
        .cli()
        .args([
            "export",
            "party.party",
            &format!("name like '{tag}%'"),
            "-f",
            "name",
        ])
        .args(["--encoding", "windows-1252"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("'\u{3a9}' (U+03A9) cannot be written in windows-1252"),
        "{err}"
    );
}

//! Bad input said in words that name what to do (issue 23, item 9): each is one line and exit 3,
//! before anything is sent.

use crate::common::{assert_one_clean_line, cli, logged_in, shared_server};

#[test]
fn delete_with_neither_ids_nor_where_names_both_forms() {
    let home = tempfile::tempdir().unwrap();
    let out = cli(home.path())
        .args(["delete", "party.party"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("tryton-cli delete party.party IDS")
            && err.contains("tryton-cli delete party.party --where DOMAIN"),
        "{err}"
    );
}

#[test]
fn report_into_a_directory_that_does_not_exist_says_so_before_making_it() {
    let server = shared_server();
    let home = logged_in(server);
    let dir = tempfile::tempdir().unwrap();
    let missing = format!("{}/missing/", dir.path().display());
    let out = cli(home.path())
        .args(["report", "party.label", "1", "-O", &missing])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("the directory does not exist"), "{err}");
    let file = format!("{}/missing/labels.odt", dir.path().display());
    let out = cli(home.path())
        .args(["report", "party.label", "1", "-O", &file])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("/missing does not exist"), "{err}");
}

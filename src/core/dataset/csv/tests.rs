use super::*;

#[test]
fn reads_quotes_escapes_and_line_breaks() {
    let text = "\u{feff}a,b,c\r\n1,\"x, \"\"y\"\"\",3\r\n2,\"multi\nline\",4\n\n5,,\n";
    let table = Table::parse(text).unwrap();
    assert_eq!(table.header, ["a", "b", "c"]);
    let rows: Vec<Row> = table.rows().collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0].fields, ["1", "x, \"y\"", "3"]);
    assert_eq!(rows[0].line, 2);
    assert_eq!(rows[1].fields, ["2", "multi\nline", "4"]);
    assert_eq!(rows[1].line, 3);
    assert_eq!(rows[2].fields, ["5", "", ""]);
    assert_eq!(rows[2].line, 6);
    assert_eq!(
        rows.iter().map(|r| r.after_blank).collect::<Vec<_>>(),
        [false, false, true]
    );
    assert_eq!(table.column("B"), Some(1));
    // Blank lines before the header are skipped too.
    let table = Table::parse("\n , \nx,y\n1,2").unwrap();
    assert_eq!(table.header, ["x", "y"]);
    assert_eq!(table.len(), 1);
}

#[test]
fn reads_a_last_row_without_newline() {
    let first = |text| {
        Table::parse(text)
            .unwrap()
            .rows()
            .next()
            .unwrap()
            .fields
            .to_vec()
    };
    assert_eq!(first("a,b\n1,\"2\""), ["1", "2"]);
    assert_eq!(first("a,b\r\n1,"), ["1", ""]);
}

#[test]
fn finds_the_first_stop_eight_bytes_at_a_time() {
    // Every position of a stop in and across words, after bytes that
    // borrow (0x00, 0x01) or are not ASCII.
    let filler = [b'a', 0, 1, 0x80, 0xff, b'"' ^ 0x80];
    for len in 0..20 {
        for &fill in &filler {
            let mut bytes = vec![fill; len];
            assert_eq!(until::<b',', b'\n', b'\r'>(&bytes), len);
            for at in 0..len {
                for stop in [b',', b'\n', b'\r'] {
                    bytes[at] = stop;
                    assert_eq!(until::<b',', b'\n', b'\r'>(&bytes), at, "{bytes:?}");
                    bytes.fill(fill);
                }
            }
        }
    }
    assert_eq!(until::<b'"', b'\n', b'"'>(b"ab\nc\"d"), 2);
    assert_eq!(until::<b'"', b'\n', b'"'>(b"abcdefgh\""), 8);
}

#[test]
fn counts_lines_in_quoted_fields() {
    let table = Table::parse("a,b\n\"one\ntwo\nthree \"\"x\"\"\n\",2\n3,4").unwrap();
    let rows: Vec<Row> = table.rows().collect();
    assert_eq!(rows[0].fields, ["one\ntwo\nthree \"x\"\n", "2"]);
    assert_eq!((rows[0].line, rows[1].line), (2, 6));
    let err = Table::parse("a\n\"x\n\ny\"z").unwrap_err();
    assert_eq!(err.line, 4);
}

#[test]
fn reports_broken_quotes_with_their_line() {
    let err = Table::parse("a\n\"open\nstill").unwrap_err();
    assert_eq!(err.line, 2);
    let err = Table::parse("a,b\n\"x\"y,2").unwrap_err();
    assert_eq!(err.line, 2);
    assert!(err.message.contains("after a closing quote"));
    // The character after the quote is named whole, even outside ASCII.
    let err = Table::parse("a\n\"x\"é").unwrap_err();
    assert!(err.message.contains("'é' after a closing quote"), "{err}");
    // A closing quote may end the text.
    assert!(Table::parse("a\n\"x\"").is_ok());
    assert!(Table::parse("").is_err());
}

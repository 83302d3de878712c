//! A year as the charts write it (axis, read-out, table, summary, year
//! range): plain digits in the common era, as the charts always have, and
//! before it as [`crate::core::time::date::Date::display`] says it, so that
//! the timeline and the charts read alike.

use crate::core::text::bilingual::Lang;

/// `year` as the charts write it: "2013" in both languages (the charts
/// write no 年), "500 BCE" or "公元前500" before the common era (year 0
/// is written 0, as the timeline's dates write it).
pub fn year_label(year: i32, lang: Lang) -> String {
    let digits = year.unsigned_abs().to_string();
    match (year < 0, lang) {
        (false, _) => digits,
        (true, Lang::En) => format!("{digits} BCE"),
        (true, Lang::Zh) => format!("公元前{digits}"),
    }
}

#[cfg(test)]
mod tests {
    use super::year_label;
    use crate::core::text::bilingual::Lang;
    use crate::core::time::date::Date;

    #[test]
    fn years_before_the_common_era_read_as_the_timeline_writes_them() {
        assert_eq!(year_label(2013, Lang::En), "2013");
        assert_eq!(year_label(2013, Lang::Zh), "2013");
        assert_eq!(year_label(0, Lang::En), "0");
        assert_eq!(year_label(-500, Lang::En), "500 BCE");
        assert_eq!(year_label(-500, Lang::Zh), "公元前500");
        assert_eq!(year_label(i32::MIN, Lang::En), "2147483648 BCE");
        let date: Date = "-500".parse().expect("a year BCE");
        assert_eq!(date.display(Lang::En), year_label(-500, Lang::En));
    }
}

//! Where people can reach a human: the deployment's contacts file (`MYRECORD_CONTACTS`, see
//! `contacts.example.toml`), checked when the program starts.

use myrecord_app::model::{Contacts, Office};

/// The example file, fictional from end to end; `serve --demo` shows it.
pub const EXAMPLE: &str = include_str!("../../contacts.example.toml");

/// Reads a contacts file; a problem names the key and what to write instead.
pub fn parse(text: &str) -> Result<Contacts, String> {
    let contacts: Contacts = toml::from_str(text).map_err(|err| err.to_string())?;
    let offices = contacts
        .agency
        .iter()
        .map(|office| ("agency", office))
        .chain(
            contacts
                .legal_aid
                .iter()
                .map(|office| ("legal_aid", office)),
        );
    for (table, office) in offices {
        check(table, office)?;
    }
    Ok(contacts)
}

fn check(table: &str, office: &Office) -> Result<(), String> {
    if office.name.trim().is_empty() {
        return Err(format!("{table}: name must not be empty"));
    }
    if let Some(web) = &office.web
        && !web.starts_with("https://")
        && !web.starts_with("http://")
    {
        return Err(format!(
            "{table} \"{}\": web must be an address starting with https://",
            office.name
        ));
    }
    if let Some(phone) = &office.phone
        && !phone.chars().any(|c| c.is_ascii_digit())
    {
        return Err(format!("{table} \"{}\": phone has no digits", office.name));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_is_valid_and_complete() {
        let contacts = parse(EXAMPLE).unwrap();
        let agency = contacts.agency.expect("the example names the agency");
        assert!(agency.phone.is_some() && agency.hours.is_some() && agency.address.is_some());
        assert!(contacts.legal_aid.len() >= 3);
        assert!(
            contacts.legal_aid.iter().any(|o| o.counties.is_empty()),
            "a statewide one"
        );
    }

    #[test]
    fn problems_name_the_key() {
        assert!(parse("[agency]\nname = \"\"").unwrap_err().contains("name"));
        let err = parse("[agency]\nname = \"Office\"\nweb = \"records.example.gov\"").unwrap_err();
        assert!(err.contains("web"), "{err}");
        let err = parse("[agency]\nname = \"Office\"\nfax = \"1\"").unwrap_err();
        assert!(err.contains("fax"), "{err}");
    }
}

//! Which language a request is answered in, and the switcher that changes it.

use axum::Router;
use axum::extract::{Query, State};
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use myrecord_app::i18n::Locale;
use serde::Deserialize;

use super::state::AppState;
use myrecord_app::paths;

pub fn router() -> Router<AppState> {
    Router::new().route(paths::LANGUAGE, get(switch))
}

pub const COOKIE_NAME: &str = "lang";

/// The chosen language: the `lang` cookie, else the browser's Accept-Language, else English.
pub fn from_headers(headers: &HeaderMap) -> Locale {
    cookie_value(headers, COOKIE_NAME)
        .and_then(|tag| Locale::from_tag(&tag))
        .or_else(|| {
            headers
                .get(ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::negotiate)
        })
        .unwrap_or(Locale::En)
}

fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SwitchQuery {
    lang: String,
    next: String,
}

/// `GET /language?lang=es&next=/record`: remembers the choice in a cookie and goes back.
pub async fn switch(State(state): State<AppState>, Query(query): Query<SwitchQuery>) -> Response {
    let target = safe_local_path(&query.next);
    let mut response = Redirect::to(target).into_response();
    if let Some(locale) = Locale::from_tag(&query.lang) {
        remember(&mut response, locale, state.config.secure_cookies);
    }
    response
}

/// Makes `response` set the language cookie: later pages in this browser are in `locale`.
pub fn remember(response: &mut Response, locale: Locale, secure_cookies: bool) {
    let secure = if secure_cookies { "; Secure" } else { "" };
    let cookie = format!(
        "{COOKIE_NAME}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}",
        locale.tag()
    );
    response.headers_mut().append(
        SET_COOKIE,
        HeaderValue::from_str(&cookie).expect("cookie text is ASCII"),
    );
}

/// Only paths on this site are followed, so the switcher cannot be used to send someone away.
fn safe_local_path(next: &str) -> &str {
    let local = next.starts_with('/') && !next.starts_with("//") && !next.contains('\\');
    if local && !next.chars().any(char::is_control) {
        next
    } else {
        paths::HOME
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn cookie_beats_accept_language() {
        let h = headers(&[("cookie", "a=1; lang=en"), ("accept-language", "es")]);
        assert_eq!(from_headers(&h), Locale::En);
        assert_eq!(
            from_headers(&headers(&[("accept-language", "es-US")])),
            Locale::Es
        );
        assert_eq!(from_headers(&headers(&[("cookie", "lang=xx")])), Locale::En);
        assert_eq!(from_headers(&headers(&[])), Locale::En);
    }

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(safe_local_path("/record"), "/record");
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil",
            "",
            "record",
        ] {
            assert_eq!(safe_local_path(bad), "/", "{bad}");
        }
    }
}

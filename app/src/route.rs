//! Hash routes (`#/kasus/<id>`): they work on any static host and sub-path
//! without server configuration, and a copied link opens the same view.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Beranda,
    TugasSaya,
    DaftarKasus,
    KasusBaru,
    Kasus(String),
    /// A printable document of a case: `#/kasus/<id>/cetak/<document kind>`.
    Cetak(String, String),
    ImporEkspor,
    Pengaturan,
    Latihan,
    /// The SOP as a reference page, readable without a case.
    Sop,
    /// Buku agenda: the letter register.
    Agenda,
    NotFound(String),
}

impl Route {
    /// Parses `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.trim_end_matches('/');
        let mut parts = path.splitn(2, '/');
        match (parts.next().unwrap_or(""), parts.next()) {
            ("", None) => Route::Beranda,
            ("tugas", None) => Route::TugasSaya,
            ("kasus", None) => Route::DaftarKasus,
            ("kasus", Some(rest)) => match rest.split('/').collect::<Vec<_>>()[..] {
                [id] if !id.is_empty() => Route::Kasus(id.to_string()),
                [id, "cetak", doc] if !id.is_empty() && !doc.is_empty() => {
                    Route::Cetak(id.to_string(), doc.to_string())
                }
                _ => Route::NotFound(path.to_string()),
            },
            ("kasus-baru", None) => Route::KasusBaru,
            ("impor-ekspor", None) => Route::ImporEkspor,
            ("pengaturan", None) => Route::Pengaturan,
            ("latihan", None) => Route::Latihan,
            ("sop", None) => Route::Sop,
            ("agenda", None) => Route::Agenda,
            _ => Route::NotFound(path.to_string()),
        }
    }

    /// The `href` that leads to this route.
    pub fn href(&self) -> String {
        match self {
            Route::Beranda => "#/".into(),
            Route::TugasSaya => "#/tugas".into(),
            Route::DaftarKasus => "#/kasus".into(),
            Route::KasusBaru => "#/kasus-baru".into(),
            Route::Kasus(id) => format!("#/kasus/{id}"),
            Route::Cetak(id, doc) => format!("#/kasus/{id}/cetak/{doc}"),
            Route::ImporEkspor => "#/impor-ekspor".into(),
            Route::Pengaturan => "#/pengaturan".into(),
            Route::Latihan => "#/latihan".into(),
            Route::Sop => "#/sop".into(),
            Route::Agenda => "#/agenda".into(),
            Route::NotFound(path) => format!("#/{path}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Route;

    #[test]
    fn every_route_survives_its_own_href() {
        let routes = [
            Route::Beranda,
            Route::TugasSaya,
            Route::DaftarKasus,
            Route::KasusBaru,
            Route::Kasus("3f2a".into()),
            Route::Cetak("3f2a".into(), "bap".into()),
            Route::ImporEkspor,
            Route::Pengaturan,
            Route::Latihan,
            Route::Sop,
            Route::Agenda,
        ];
        for route in routes {
            assert_eq!(Route::parse(&route.href()), route);
        }
    }

    #[test]
    fn empty_and_unknown_hashes() {
        assert_eq!(Route::parse(""), Route::Beranda);
        assert_eq!(Route::parse("#"), Route::Beranda);
        assert_eq!(Route::parse("#/kasus/"), Route::DaftarKasus);
        assert_eq!(Route::parse("#/apa"), Route::NotFound("apa".into()));
        assert_eq!(
            Route::parse("#/kasus/a/b"),
            Route::NotFound("kasus/a/b".into())
        );
    }
}

package id.humas.hub.sandbox;

import java.util.List;

/** Who lives in the demo province: the central team and one officer for each of a dozen agencies. */
final class DemoCast {

    static final long LEAD_ID = 7001;
    static final long MEMBER_ID = 7002;
    static final String LEAD_NAME = "Rina";
    static final String MEMBER_NAME = "Dodi";

    record Agency(String name, long officerId, String officerName, boolean silent) {
    }

    static final List<Agency> AGENCIES = List.of(
            new Agency("Dinas Kesehatan", 8001, "Sri Wahyuni", false),
            new Agency("Dinas Pendidikan", 8002, "Agus Santoso", false),
            new Agency("BPBD", 8003, "Bambang Prasetyo", false),
            new Agency("Dinas Perhubungan", 8004, "Dewi Lestari", false),
            new Agency("Dinas Sosial", 8005, "Hendra Gunawan", false),
            new Agency("Dinas PUPR", 8006, "Yusuf Hidayat", false),
            new Agency("Dinas Pertanian", 8007, "Siti Aminah", false),
            new Agency("Dinas Pariwisata", 8008, "Made Wirawan", false),
            new Agency("Satpol PP", 8009, "Rudi Hartono", false),
            new Agency("Dinas Lingkungan Hidup", 8010, "Nurul Fadilah", false),
            new Agency("RSUD Kota", 8011, "Teguh Wibowo", true),
            new Agency("Dinas Kependudukan dan Pencatatan Sipil", 8012, "Lina Marlina", true));

    static final int PHOTOS = 6;

    private DemoCast() {
    }
}

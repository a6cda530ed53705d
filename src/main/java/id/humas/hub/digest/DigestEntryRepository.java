package id.humas.hub.digest;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DigestEntryRepository extends ListCrudRepository<DigestEntry, Long> {

    /** New items, and items edited after a digest listed them. */
    @Query("select e from DigestEntry e where e.digestId is null or e.updatedAfterDigest = true order by e.itemId")
    List<DigestEntry> findPending();

    @Query("select e.agencyId as agencyId, max(e.submittedAt) as lastAt from DigestEntry e group by e.agencyId")
    List<LastItem> lastItemPerAgency();

    interface LastItem {
        Long getAgencyId();

        Instant getLastAt();
    }
}

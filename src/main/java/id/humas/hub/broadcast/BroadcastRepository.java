package id.humas.hub.broadcast;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BroadcastRepository extends JpaRepository<Broadcast, Long> {

    /**
     * Moves a siaran on from its preview, if it still is one: of two presses (Kirim twice, Kirim and Batal) only
     * the first does anything.
     *
     * @return 1 when it moved, 0 when it had already
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Broadcast b set b.status = :to where b.id = :id and b.status = id.humas.hub.broadcast.BroadcastStatus.DRAFT")
    int leaveDraft(@Param("id") long id, @Param("to") BroadcastStatus to);
}

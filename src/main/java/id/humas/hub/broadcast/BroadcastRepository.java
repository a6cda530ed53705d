package id.humas.hub.broadcast;

import org.springframework.data.jpa.repository.JpaRepository;

interface BroadcastRepository extends JpaRepository<Broadcast, Long> {
}

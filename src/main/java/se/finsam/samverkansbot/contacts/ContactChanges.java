package se.finsam.samverkansbot.contacts;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ContactChanges extends ListCrudRepository<ContactChange, Long> {

    List<ContactChange> findByContactPathOrderByChangedAtAscIdAsc(Long contactPath);

}

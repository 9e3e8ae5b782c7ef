package no.samtale.identity.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	Optional<UserAccount> findByEmployeeId(String employeeId);

	boolean existsByUsername(String username);

	boolean existsByEmployeeId(String employeeId);

	@Query("""
			select count(*) from identity_user u
			join identity_user_role r on r.user_id = u.id
			where r.role = 'ADMIN' and u.enabled = true and u.id <> :userId
			""")
	long countOtherEnabledAdmins(long userId);

}

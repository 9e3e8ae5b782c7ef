package no.samtale.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	@Query("""
			select * from identity_api_token
			where user_id = :userId and revoked_at is null
			order by created_at desc, id desc
			""")
	List<ApiToken> findActiveByUserId(long userId);

	@Modifying
	@Query("update identity_api_token set last_used_at = :now where id = :id")
	void markUsed(long id, Instant now);

}

# Sourced by bench/analytics-scale.sh and bench/pages.sh: the inbox and analytics at national scale.
#   national_scale_accounts BASE DB  makes 30 accounts in all (Facebook, simulated, team NAV Foreldrepenger) over HTTP
#   national_scale_load DB MESSAGES INBOUND  writes bench/national-scale.sql's rows (MESSAGES per conversation)
# Needs psql_ (bench/postgres-app.sh defines it).
national_scale_accounts() {
  local base=$1 db=$2 admin=(-H "Authorization: Bearer demo-token-admin" -H "Content-Type: application/json")
  local team have
  team=$(curl -fs "${admin[@]}" "$base/api/v1/channels/teams" | jq '.[] | select(.name == "NAV Foreldrepenger") | .id')
  have=$(psql_ -d "$db" -tA -c "select count(*) from channels_account")
  for i in $(seq $((have + 1)) 30); do
    curl -fs "${admin[@]}" -X POST "$base/api/v1/channels/accounts" -d "{\"platform\": \"FACEBOOK\",
      \"name\": \"Skala $i\", \"handle\": \"skala$i\", \"teamId\": $team, \"connector\": \"SIMULATOR\",
      \"openingHours\": {\"days\": [\"MONDAY\"], \"opens\": \"08:00\", \"closes\": \"16:00\"},
      \"responseTargetMinutes\": 60, \"privateRepliesNeedApproval\": true}" >/dev/null
  done
}

national_scale_load() {
  psql_ -d "$1" -v messages="$2" -v inbound="$3" -f bench/national-scale.sql
}

-- What arrives keeps facts, not Norwegian words for them: an author the platform does not name has no name (null,
-- the author's platform id stays), and a message without text (an image, a sticker, an attachment) an empty body.
-- The client words both in the reader's language.
alter table channels_inbound alter column author_name drop not null;
update channels_inbound set author_name = null
where author_name in ('Facebook-bruker', 'Instagram-bruker')
   or (author_name = concat('Messenger-bruker ', author_external_id))
   or (author_name = concat('Instagram-bruker ', author_external_id));
update channels_inbound set body = '' where body = '(Uten tekst: bilde, klistremerke eller vedlegg)';

-- The inbox copies the author's name and the conversation's correspondent from here, so they may be null there too
-- (the inbox's own migration V202612051102 does the same; whichever runs second changes nothing).
alter table inbox_message alter column author_name drop not null;
alter table inbox_conversation alter column correspondent_name drop not null;

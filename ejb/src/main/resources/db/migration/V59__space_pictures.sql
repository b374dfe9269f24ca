-- A space's cover image and icon, chosen by its managers: the content hash of each picture as Agora renders it
-- (JPEG, in the file store), null until one is chosen.
ALTER TABLE agora_space ADD COLUMN cover_hash VARCHAR(64);
ALTER TABLE agora_space ADD COLUMN icon_hash VARCHAR(64);

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Endpoint secrets are stored encrypted (`v1:` and base64url of iv, tag and ciphertext: 106
 * characters for a generated secret), which does not fit varchar(100). The column is widened in
 * place; the server encrypts secrets still stored in clear when it starts (it holds the key, a
 * migration does not).
 */
export class WebhookSecretsEncrypted1795256000000 implements MigrationInterface {
  name = 'WebhookSecretsEncrypted1795256000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_endpoint" ALTER COLUMN "secret" TYPE character varying(200)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Encrypted secrets do not fit back: they are cut off, so rotate every secret after going back.
    await queryRunner.query(`ALTER TABLE "webhook_endpoint" ALTER COLUMN "secret" TYPE character varying(100) USING left("secret", 100)`);
  }
}

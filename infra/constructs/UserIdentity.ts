import { Aws, Duration, Stack, type RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnManagedLoginBranding,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
  UserPoolEmail,
  UserPoolGroup,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { acknowledge } from '../acknowledge';
import type { StageEmailSender } from '../stages';

export interface UserIdentityProps {
  readonly stageName: string;
  readonly removalPolicy: RemovalPolicy;
  readonly deletionProtection: boolean;
  /** Mail through SES from this sender; Cognito's default sender when undefined. */
  readonly emailSender?: StageEmailSender;
  /** The storefront's origins: sign-in returns to `<origin>/callback`, sign-out to `<origin>/`. */
  readonly webOrigins: readonly string[];
}

/**
 * The stage's Cognito user pool, its public app client and the `admin` group. The function
 * verifies the pool's access tokens itself (aws-jwt-verify), so catalog reads stay anonymous.
 */
export class UserIdentity extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  /** The managed login's domain (`https://storefront-<stage>-<account>.auth.<region>.amazoncognito.com`). */
  readonly domain: UserPoolDomain;

  constructor(scope: Construct, id: string, { stageName, removalPolicy, deletionProtection, emailSender, webOrigins }: UserIdentityProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: `storefront-${stageName}`,
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      autoVerify: { email: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      featurePlan: FeaturePlan.ESSENTIALS,
      deletionProtection,
      removalPolicy,
      ...(emailSender
        ? {
            email: UserPoolEmail.withSES({
              fromEmail: emailSender.fromEmail,
              fromName: emailSender.fromName,
              replyTo: emailSender.replyTo,
              sesRegion: emailSender.sesRegion ?? Stack.of(this).region,
              sesVerifiedDomain: emailSender.sesVerifiedDomain,
            }),
          }
        : {}),
    });

    this.client = this.userPool.addClient('WebClient', {
      userPoolClientName: `storefront-web-${stageName}`,
      generateSecret: false,
      // The storefront signs in through the managed login only (authorization code with PKCE, no client
      // secret) and renews with its refresh token: no direct sign-in (SRP, passwords) that bypasses the login pages.
      authFlows: { userSrp: false, userPassword: false, adminUserPassword: false, custom: false, user: false },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: webOrigins.map((origin) => `${origin}/callback`),
        logoutUrls: webOrigins.map((origin) => `${origin}/`),
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });

    this.domain = this.userPool.addDomain('Domain', {
      // unique per account and stage; Cognito domain prefixes are global within a region
      cognitoDomain: { domainPrefix: `storefront-${stageName}-${Aws.ACCOUNT_ID}` },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    // managed login (version 2) shows a client's pages only with a branding style: Cognito's default one
    new CfnManagedLoginBranding(this, 'LoginBranding', {
      userPoolId: this.userPool.userPoolId,
      clientId: this.client.userPoolClientId,
      useCognitoProvidedValues: true,
    });

    new UserPoolGroup(this, 'AdminGroup', {
      userPool: this.userPool,
      groupName: 'admin',
      description: 'May manage the catalog (checked by the resolvers via the cognito:groups claim).',
    });

    acknowledge(
      this.userPool,
      'AwsSolutions-COG2',
      'Shoppers sign themselves up; MFA is offered (TOTP, optional) rather than forced so sign-up and checkout stay one step. Cognito cannot require MFA per group, so admins are asked to enrol TOTP (see docs/operations.md, Deploy one stage).',
    );
    acknowledge(
      this.userPool,
      'AwsSolutions-COG8',
      'The Plus feature plan (threat protection) is billed per monthly active user; the Essentials plan is used until there is real customer traffic to justify it. API throttling and reserved concurrency bound abuse meanwhile.',
    );
  }
}

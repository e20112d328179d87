// Quiet the AWS SDK's Node-version notice; tests never reach AWS.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
process.env.AWS_REGION ??= 'us-east-1';
// As Lambda sets it for on-demand containers (Powertools reports cold starts only for those).
process.env.AWS_LAMBDA_INITIALIZATION_TYPE ??= 'on-demand';

#include "app/cli.h"

int main(int argc, char** argv) { return bs::RunCli(argc, argv); }
